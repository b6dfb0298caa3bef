// Compiles the contracts in src/ with solc-js into out/<Contract>.json (abi, bytecode,
// deployedBytecode), which the relayer embeds. With --check it compiles and compares
// instead, and fails when out/ is not what the sources compile to.
import fs from "node:fs";
import path from "node:path";
import solc from "solc";

const here = path.dirname(new URL(import.meta.url).pathname);
const sourceDir = path.join(here, "src");
const outDir = path.join(here, "out");
const deployed = ["ConsortLightClient", "ConsortSecurity"];
const check = process.argv.includes("--check");

const sources = {};
for (const file of fs.readdirSync(sourceDir).filter((f) => f.endsWith(".sol")).sort()) {
  sources[file] = { content: fs.readFileSync(path.join(sourceDir, file), "utf8") };
}
const input = {
  language: "Solidity",
  sources,
  settings: {
    evmVersion: "shanghai",
    viaIR: true,
    optimizer: { enabled: true, runs: 1000 },
    metadata: { bytecodeHash: "none" },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors ?? []).filter((e) => e.severity === "error");
for (const message of output.errors ?? []) console.error(message.formattedMessage);
if (errors.length) process.exit(1);

let stale = [];
fs.mkdirSync(outDir, { recursive: true });
for (const name of deployed) {
  const contract = output.contracts[`${name}.sol`][name];
  const artifact =
    JSON.stringify(
      {
        compiler: `solc ${solc.version()}`,
        abi: contract.abi,
        bytecode: `0x${contract.evm.bytecode.object}`,
        deployedBytecode: `0x${contract.evm.deployedBytecode.object}`,
      },
      null,
      1,
    ) + "\n";
  const file = path.join(outDir, `${name}.json`);
  if (check) {
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== artifact) stale.push(file);
  } else {
    fs.writeFileSync(file, artifact);
    console.log(`${name}: ${contract.evm.deployedBytecode.object.length / 2} bytes deployed`);
  }
}
if (stale.length) {
  console.error(`not what the sources compile to (run npm run build): ${stale.join(", ")}`);
  process.exit(1);
}
