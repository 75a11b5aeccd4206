#!/usr/bin/env node
// Publishes the privacy policy's address in the skill manifest, for every locale the skill is published in
// (privacyAndCompliance.locales.<locale>.privacyPolicyUrl), before `ask deploy` uploads the manifest. DEPLOY.md,
// "The privacy policy". The page itself is PRIVACY.md; its public address depends on where the repository is hosted,
// so it is not committed.
//
//   node tools/privacy-policy-url.js https://github.com/<owner>/<repo>/blob/main/PRIVACY.md
//   node tools/privacy-policy-url.js --manifest path/to/skill.json <url>      (the tests use another manifest)
//
// Writes the manifest back as the ASK CLI does (two-space JSON). Exit status 2 for a missing or non-https address.
"use strict";
const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
let manifestPath = path.join(__dirname, "..", "skill-package", "skill.json");
if (args[0] === "--manifest") {
    manifestPath = args[1];
    args.splice(0, 2);
}
const address = args[0];
let url;
try {
    url = new URL(address);
} catch (e) {
    url = null;
}
if (args.length !== 1 || !url || url.protocol !== "https:") {
    console.error("usage: node tools/privacy-policy-url.js [--manifest skill.json] https://<where PRIVACY.md is published>");
    process.exit(2);
}
const skill = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
const manifest = skill.manifest;
const locales = Object.keys(manifest.publishingInformation.locales);
manifest.privacyAndCompliance = manifest.privacyAndCompliance || {};
manifest.privacyAndCompliance.locales = manifest.privacyAndCompliance.locales || {};
for (const locale of locales) {
    manifest.privacyAndCompliance.locales[locale] = { ...manifest.privacyAndCompliance.locales[locale], privacyPolicyUrl: url.href };
}
fs.writeFileSync(manifestPath, JSON.stringify(skill, null, 2) + "\n");
console.log(`privacyPolicyUrl ${url.href} set for ${locales.join(", ")} in ${manifestPath}`);
