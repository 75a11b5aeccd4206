// Test-only (AskCliBuildIT): runs the "Build Skill Code" step of `ask deploy` with the ASK CLI's own code, the way its
// deploy command does (load ask-resources.json from the working directory, then commands/deploy/helper's
// buildSkillCode), without the skill-package and CloudFormation steps around it, which need AWS and Amazon accounts.
// Run from the project root with NODE_PATH pointing at tools/ask-cli/node_modules. Prints what was built as JSON.
"use strict";
const path = require("path");
const ResourcesConfig = require("ask-cli/dist/lib/model/resources-config");
const CONSTANTS = require("ask-cli/dist/lib/utils/constants");
const deployHelper = require("ask-cli/dist/lib/commands/deploy/helper");

const profile = process.argv[2] || "default";
new ResourcesConfig(path.join(process.cwd(), CONSTANTS.FILE_PATH.ASK_RESOURCES_JSON_CONFIG));
deployHelper.buildSkillCode(profile, false, (error, codeList) => {
    if (error) {
        console.error(`ask-cli build failed: ${error.message || error}`);
        process.exit(1);
    }
    const built = codeList.map((code) => ({
        src: code.src, folder: code.build.folder, file: code.build.file, buildFlow: code.buildFlow, regions: code.regionsList,
    }));
    console.log(JSON.stringify(built));
});
