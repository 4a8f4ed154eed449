export { runCli, batchCommands } from './runCli.js';
export { CliError } from './CliError.js';
export { readRecords, inputFormatOf } from './readRecords.js';
export { readPolicyFile, checkPolicyFile, resolvePolicy } from './loadPolicyFile.js';
export { policyParameters, overridesOf } from './policyShow.js';
export { policyFamilies } from './policyFamilies.js';
export { policyChanges, simulationFamilies } from './simulate.js';

export type { CliIo, CliOutput } from './cliIo.js';
export type { InputFormat, InputRecord } from './readRecords.js';
export type { PolicyFile, PolicyFileIssue } from './loadPolicyFile.js';
export type { PolicyParameter } from './policyShow.js';
export type { CliPolicyFamily } from './policyFamilies.js';
export type { BatchCommand, BatchCommandOptions, PreparedBatch } from './batchCommand.js';
export type { PreparedSimulation, SimulateOptions, SimulationFamily } from './simulate.js';
export type { Column, Cell, OutputFormat, OutputRow } from './writeRows.js';
export type { CsvRecord } from './csvFields.js';
