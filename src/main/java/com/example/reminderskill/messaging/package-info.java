/**
 * Skill Messaging: the out-of-session message contract both sides use ({@link SkillMessage}) and
 * the sender a web app uses ({@link SkillMessageSender}, with its LWA client-credentials token).
 */
package com.example.reminderskill.messaging;
