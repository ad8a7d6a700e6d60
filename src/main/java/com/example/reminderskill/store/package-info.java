/**
 * What the skill keeps per user ({@link SkillStore}): files locally ({@link FileSkillStore}),
 * DynamoDB on Lambda ({@link DynamoDbSkillStore}); both expire items by the skill's clock.
 */
package com.example.reminderskill.store;
