#!/usr/bin/env bash
# Lints the CloudFormation template that `ask deploy` (@ask-cli/cfn-deployer) deploys; `mvn verify`
# runs it. Any finding fails.
#
#   infrastructure/lint.sh [TEMPLATE]        (default: infrastructure/cfn-deployer/skill-stack.yaml)
#
# Which linter runs, printed first:
# - the Python cfn-lint when it is on PATH (machines of this project's kind have it preinstalled;
#   the build cannot install it, PyPI is not reachable);
# - otherwise the npm package cfn-lint (pinned in infrastructure/lint/, installed there with
#   `npm ci`). Its own resource specification is from 2019 (it rejects SnapStart and LoggingConfig),
#   so this script replaces it with the current CloudFormation resource schemas of the npm package
#   @aws-cdk/aws-service-spec (pinned too), converted to the format the engine reads. The engine
#   then checks resource types, property names and types, required properties, Ref/GetAtt/Sub
#   targets and attributes; this script adds the schemas' allowed values (enums). It does not have
#   the Python cfn-lint's other rules (patterns, ranges, IAM, best practices).
# CFN_LINTER=python or CFN_LINTER=npm picks one (default: auto, as above).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
template="${1:-$here/cfn-deployer/skill-stack.yaml}"
linter="${CFN_LINTER:-auto}"

[ -f "$template" ] || { echo "cfn-lint: no template at $template" >&2; exit 2; }
template="$(cd "$(dirname "$template")" && pwd)/$(basename "$template")"

python_cfn_lint_version() {
  # A pyenv shim is on PATH even where the active Python lacks cfn-lint: ask it for its version.
  command -v cfn-lint >/dev/null 2>&1 && cfn-lint --version 2>/dev/null
}

if [ "$linter" != npm ] && version="$(python_cfn_lint_version)"; then
  echo "cfn-lint: running $version (Python) on $template"
  if cfn-lint -- "$template"; then
    echo "cfn-lint: no findings"
    exit 0
  fi
  echo "cfn-lint: findings above (template $template)" >&2
  exit 1
fi
if [ "$linter" = python ]; then
  echo "cfn-lint: CFN_LINTER=python but the Python cfn-lint is not on PATH" >&2
  exit 2
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "cfn-lint: neither the Python cfn-lint nor Node.js and npm are installed: no linter can run" >&2
  exit 2
fi
if [ "$linter" = npm ]; then reason="CFN_LINTER=npm"; else reason="the Python cfn-lint is not on PATH"; fi
echo "cfn-lint: $reason; installing the pinned npm linter into infrastructure/lint/node_modules"
(cd "$here/lint" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)

cd "$here/lint"
node - "$template" <<'JS'
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const templateFile = process.argv[2];
const engineVersion = require('cfn-lint/package.json').version;
const specVersion = require('@aws-cdk/aws-service-spec/package.json').version;
const specFile = path.join(path.dirname(require.resolve('@aws-cdk/aws-service-spec/package.json')), 'db.json.gz');
const db = JSON.parse(zlib.gunzipSync(fs.readFileSync(specFile))).schema;
const awsData = require('cfn-lint/lib/awsData');

const typeDefinitions = new Map(db.typeDefinition.entities.map(type => [type.$id, type]));
const resourceSchemas = new Map(db.resource.entities.map(resource => [resource.cloudFormationType, resource]));
const PRIMITIVES = { string: 'String', integer: 'Integer', number: 'Double', boolean: 'Boolean', json: 'Json', 'date-time': 'Timestamp' };
const propertyTypes = { Tag: awsData.awsResources.PropertyTypes.Tag };
let approximated = 0;

function documentation(cfnType) {
  const [, service, name] = cfnType.split('::');
  return `https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-${service.toLowerCase()}-${name.toLowerCase()}.html`;
}

/** The engine's form of a type: {PrimitiveType}, {Type} or {Type: List|Map, PrimitiveItemType|ItemType}. */
function shape(cfnType, type, property) {
  if (PRIMITIVES[type.type]) return { PrimitiveType: PRIMITIVES[type.type] };
  switch (type.type) {
    case 'tag':
      return { Type: 'Tag' };
    case 'ref':
      return { Type: definePropertyType(cfnType, typeDefinitions.get(type.reference.$ref)) };
    case 'array':
    case 'map': {
      const element = shape(cfnType, type.element);
      const Type = type.type === 'array' ? 'List' : 'Map';
      if (element.PrimitiveType) return { Type, PrimitiveItemType: element.PrimitiveType };
      if (element.Type === 'List' || element.Type === 'Map') {
        approximated++;
        return { PrimitiveType: 'Json' };
      }
      return { Type, ItemType: element.Type };
    }
    case 'union': {
      // The engine knows no unions. Take the type the property had before it became one (the
      // classic specification's, which the engine was built for), else the form templates write:
      // a list, a nested object, the widest scalar (String takes numbers too), Json for string or
      // JSON (an object or a JSON string). Anything else is approximated as Json.
      const previous = ((property && property.previousTypes) || []).filter(member => member.type !== 'union');
      if (previous.length > 0) return shape(cfnType, previous[previous.length - 1]);
      const kinds = type.types.map(member => member.type);
      const list = type.types.find(member => member.type === 'array' && member.element.type !== 'union');
      if (list) return shape(cfnType, list);
      const refs = type.types.filter(member => member.type === 'ref');
      if (refs.length === 1) return shape(cfnType, refs[0]);
      if (kinds.every(kind => ['string', 'integer', 'number'].includes(kind))) {
        return { PrimitiveType: kinds.includes('string') ? 'String' : 'Double' };
      }
      if (kinds.every(kind => kind === 'string' || kind === 'json')) return { PrimitiveType: 'Json' };
      approximated++;
      return { PrimitiveType: 'Json' };
    }
    default:
      throw new Error(`unknown type ${JSON.stringify(type)} in ${cfnType}`);
  }
}

function properties(cfnType, source) {
  const result = {};
  for (const [name, property] of Object.entries(source || {})) {
    result[name] = Object.assign(shape(cfnType, property.type, property), {
      Required: property.required === true,
      UpdateType: property.causesReplacement === 'yes' ? 'Immutable' : 'Mutable',
    });
  }
  return result;
}

function definePropertyType(cfnType, definition) {
  const key = `${cfnType}.${definition.name}`;
  if (!propertyTypes[key]) {
    propertyTypes[key] = { Documentation: documentation(cfnType), Properties: {} }; // first: types may nest themselves
    propertyTypes[key].Properties = properties(cfnType, definition.properties);
  }
  return definition.name;
}

const resourceTypes = {};
for (const [cfnType, resource] of resourceSchemas) {
  const attributes = {};
  for (const [name, attribute] of Object.entries(resource.attributes || {})) {
    const form = shape(cfnType, attribute.type);
    attributes[name] = form.PrimitiveType || form.PrimitiveItemType ? form : { PrimitiveType: 'Json' };
  }
  resourceTypes[cfnType] = { Documentation: documentation(cfnType), Attributes: attributes, Properties: properties(cfnType, resource.properties) };
}

// Swap the bundled 2019 specification for the current one: the validator reads these objects when it runs.
awsData.awsResources.ResourceTypes = resourceTypes;
awsData.awsResources.PropertyTypes = propertyTypes;
awsData.awsResources.ResourceSpecificationVersion = `@aws-cdk/aws-service-spec ${specVersion}`;

const isObject = value => value !== null && typeof value === 'object' && !Array.isArray(value);
const isIntrinsic = value => isObject(value) && Object.keys(value).length === 1
  && (Object.keys(value)[0] === 'Ref' || Object.keys(value)[0].startsWith('Fn::'));

/** The schemas' allowed values of literal scalars, which the engine does not check. */
function allowedValueFindings(template) {
  const findings = [];
  const visit = (type, value, where) => {
    if (value === null || value === undefined || isIntrinsic(value)) return;
    if (type.type === 'ref') {
      const definition = typeDefinitions.get(type.reference.$ref);
      if (isObject(value)) {
        for (const [name, item] of Object.entries(value)) {
          const property = (definition.properties || {})[name];
          if (property) visit(property.type, item, `${where} > ${name}`);
        }
      }
    } else if (type.type === 'array') {
      if (Array.isArray(value)) value.forEach((item, index) => visit(type.element, item, `${where} > ${index}`));
    } else if (type.type === 'map') {
      if (isObject(value)) for (const [name, item] of Object.entries(value)) visit(type.element, item, `${where} > ${name}`);
    } else if (type.type === 'union') {
      // Checked against the one member the value's form fits; with several, it may be any of them.
      const fitting = type.types.filter(member => (member.type === 'array' ? Array.isArray(value)
        : ['ref', 'map', 'json', 'tag'].includes(member.type) ? isObject(value) : !isObject(value) && !Array.isArray(value)));
      if (fitting.length === 1) visit(fitting[0], value, where);
    } else if (type.allowedValues && ['string', 'number', 'boolean'].includes(typeof value)
        && !type.allowedValues.map(String).includes(String(value))) {
      findings.push({ resource: where, message: `${JSON.stringify(value)} is not one of ${JSON.stringify(type.allowedValues)}` });
    }
  };
  for (const [name, resource] of Object.entries((template && template.Resources) || {})) {
    const schema = isObject(resource) && resourceSchemas.get(resource.Type);
    if (!schema || !isObject(resource.Properties)) continue;
    for (const [property, value] of Object.entries(resource.Properties)) {
      if (schema.properties[property]) visit(schema.properties[property].type, value, `Resources > ${name} > Properties > ${property}`);
    }
  }
  return findings;
}

console.log(`cfn-lint: running cfn-lint ${engineVersion} (npm) with the CloudFormation resource schemas of`
  + ` @aws-cdk/aws-service-spec ${specVersion} (${Object.keys(resourceTypes).length} resource types,`
  + ` ${approximated} union-typed properties approximated) on ${templateFile}`);
const result = require('cfn-lint/lib/api').validateFile(templateFile, {});
const findings = [];
for (const level of ['crit', 'warn', 'info']) {
  for (const error of result.errors[level]) findings.push(Object.assign({ level }, error));
}
for (const finding of allowedValueFindings(require('cfn-lint/lib/parser').openFile(templateFile))) {
  findings.push(Object.assign({ level: 'crit' }, finding));
}
for (const finding of findings) console.log(`${finding.level}: ${finding.resource}: ${finding.message}`);
if (findings.length === 0 && result.templateValid) {
  console.log('cfn-lint: no findings');
} else {
  console.error(`cfn-lint: ${findings.length} finding(s) (template ${templateFile})`);
  process.exit(1);
}
JS
