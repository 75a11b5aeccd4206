package com.heroinfacts.skill;

/** A simple card for the Alexa app: where a caregiver can read a number again later. */
record Card(String title, String text) {
}
