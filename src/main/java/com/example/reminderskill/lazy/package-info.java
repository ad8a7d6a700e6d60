/** Values made on first use ({@link Once}): start-up work a cold start may never need. */
package com.example.reminderskill.lazy;
