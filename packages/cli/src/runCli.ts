import { resolve } from 'node:path';
import { toJsonSchema, type Context, type Locale } from '@zhidu/core';
import { Command, CommanderError, Option } from 'commander';
import { attendanceAssess } from './attendanceAssess.js';
import type { BatchCommand, BatchCommandOptions } from './batchCommand.js';
import { CliError } from './CliError.js';
import { writeOut, type CliIo } from './cliIo.js';
import type { CsvRecord } from './csvFields.js';
import { inventoryClassify } from './inventoryClassify.js';
import { checkPolicyFile, readPolicyFile } from './loadPolicyFile.js';
import { ordersReplay } from './ordersReplay.js';
import { payStatement } from './payStatement.js';
import { familyNames, familyOf, presetOf } from './policyFamilies.js';
import { policyParameters } from './policyShow.js';
import { fileSize, inputFormatOf, readRecords, type InputRecord } from './readRecords.js';
import { returnsCheck } from './returnsCheck.js';
import { riskRegister } from './riskRegister.js';
import { exitCodeOf, runBatch, summaryLine } from './runBatch.js';
import { simulationFamilies, type SimulateOptions } from './simulate.js';
import { outputFormatOf, RowWriter } from './writeRows.js';

/** The batch commands, `zhidu <group> <verb> <file>`. */
export const batchCommands: readonly BatchCommand[] = [returnsCheck, inventoryClassify, attendanceAssess, payStatement, riskRegister, ordersReplay];

const presetChoices = ['generic', 'usStore', 'douyinShop'];

function contextOf(options: BatchCommandOptions): Context {
  const context: { locale?: Locale; now?: string } = {};
  if (options.locale !== undefined) {
    if (options.locale !== 'zh-CN' && options.locale !== 'en-US') throw new CliError(`Unknown locale "${options.locale}": expected zh-CN or en-US`);
    context.locale = options.locale;
  }
  if (options.now !== undefined) {
    if (Number.isNaN(Date.parse(options.now))) throw new CliError(`Bad --now "${options.now}": expected an ISO 8601 instant, e.g. 2026-06-01T09:00:00+08:00`);
    context.now = options.now;
  }
  return context;
}

async function* csvInputs(records: AsyncIterable<InputRecord>, fromCsv: (record: CsvRecord) => unknown): AsyncGenerator<InputRecord> {
  for await (const record of records) yield record.ok ? { ...record, value: fromCsv(record.value as CsvRecord) } : record;
}

/** Paths on the command line are relative to `io.cwd`. */
function withPaths<T extends { policy?: string | undefined; heatmap?: string | undefined; baseline?: string | undefined; data?: string | undefined }>(io: CliIo, options: T): T {
  const at = (path: string | undefined) => (path === undefined ? undefined : resolve(io.cwd ?? process.cwd(), path));
  return { ...options, policy: at(options.policy), heatmap: at(options.heatmap), baseline: at(options.baseline), data: at(options.data) };
}

async function runFile(io: CliIo, command: BatchCommand, file: string, rawOptions: BatchCommandOptions): Promise<number> {
  const options = withPaths(io, rawOptions);
  const path = resolve(io.cwd ?? process.cwd(), file);
  const inputFormat = inputFormatOf(file, options.inputFormat);
  const format = outputFormatOf(io.stdout, options.format);
  const context = contextOf(options);
  const totalBytes = fileSize(path, 'input file');
  const prepared = command.prepare(options, context);
  let records: AsyncIterable<InputRecord> = readRecords(path, inputFormat);
  if (inputFormat === 'csv') records = csvInputs(records, (record) => command.fromCsv(record));
  if (prepared.records !== undefined) records = prepared.records(records);
  const writer = new RowWriter(io.stdout, format, command.columns);
  const summary = await runBatch({ io, records, totalBytes, writer, evaluate: prepared.evaluate.bind(prepared) });
  if (!summary.interrupted && prepared.finish !== undefined) {
    for (const row of await prepared.finish()) await writer.write(row);
    await writer.end();
  }
  const extra = prepared.summary?.();
  await writeOut(io.stderr, `${extra ?? ''}${summaryLine(summary, command.noun)}`);
  return exitCodeOf(summary);
}

async function runSimulate(io: CliIo, name: string, rawOptions: SimulateOptions & { rows?: boolean }): Promise<number> {
  const family = simulationFamilies[name];
  if (family === undefined) throw new CliError(`Cannot simulate "${name}": simulate supports ${Object.keys(simulationFamilies).join(', ')}`);
  const options = withPaths(io, rawOptions);
  const path = options.data;
  const inputFormat = inputFormatOf(path, options.inputFormat);
  const format = outputFormatOf(io.stdout, options.format);
  const context = contextOf(options);
  const totalBytes = fileSize(path, 'data file');
  const prepared = family.prepare(options, context);
  let records: AsyncIterable<InputRecord> = readRecords(path, inputFormat);
  if (inputFormat === 'csv') records = csvInputs(records, (record) => family.fromCsv(record));
  if (family.records !== undefined) records = family.records(records);
  const writer = new RowWriter(io.stdout, format, family.columns);
  const showRows = options.rows !== false;
  const summary = await runBatch({
    io,
    records,
    totalBytes,
    writer,
    evaluate: (value, line) => {
      const row = prepared.compare(value, line);
      return showRows ? row : undefined;
    },
  });
  const report = prepared.report(summary.rows - summary.bad, summary.bad);
  // The report goes with a table to the terminal; with CSV or JSON Lines it goes to stderr, so stdout stays data.
  if (format === 'table' || !showRows) await writeOut(io.stdout, `${showRows && format === 'table' ? '\n' : ''}${report}`);
  else await writeOut(io.stderr, report);
  await writeOut(io.stderr, summaryLine(summary));
  return exitCodeOf(summary);
}

async function policyShow(io: CliIo, name: string, options: { preset?: string; set?: string[]; policy?: string; format?: string }): Promise<number> {
  const rows = policyParameters(name, withPaths(io, options));
  const writer = new RowWriter(io.stdout, outputFormatOf(io.stdout, options.format ?? 'table'), [
    { key: 'parameter', width: 34 },
    { key: 'value', width: 28 },
    { key: 'clause', width: 20 },
    { key: 'description', width: 40 },
  ]);
  for (const row of rows) await writer.write({ cells: { ...row } });
  await writer.end();
  return 0;
}

async function policyCheck(io: CliIo, file: string, options: { preset?: string }): Promise<number> {
  const path = resolve(io.cwd ?? process.cwd(), file);
  const policy = readPolicyFile(path);
  const sections = Object.keys(policy.sections);
  const preset = presetOf(options.preset);
  const issues = checkPolicyFile(policy, preset);
  if (issues.length > 0) {
    const lines = issues.map((issue) => `  ${issue.path}: ${issue.message}`);
    throw new CliError(`Bad policy file ${file}: ${String(issues.length)} issue${issues.length === 1 ? '' : 's'}`, lines);
  }
  await writeOut(
    io.stdout,
    `✓ ${file}: a valid policy (${sections.length === 0 ? 'no sections' : sections.join(', ')}; on the ${preset ?? policy.preset ?? 'generic'} preset)\n`,
  );
  return 0;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function batchOptions(command: Command, withPolicy = true): Command {
  command
    .addOption(new Option('-f, --format <format>', 'output: table (default on a terminal), csv or jsonl (default in a pipe)').choices(['table', 'csv', 'jsonl']))
    .addOption(new Option('--input-format <format>', 'input: csv or jsonl (default: by the file extension)').choices(['csv', 'jsonl']))
    .addOption(new Option('-l, --locale <locale>', 'the language of the reasons (default: the policy\'s)').choices(['zh-CN', 'en-US']))
    .option('--now <instant>', 'judge as of this instant (ISO 8601), for reproducible runs');
  if (withPolicy) {
    command
      .option('-p, --policy <file>', 'a policy file (JSON or YAML) with a section per family, over the preset')
      .addOption(new Option('--preset <preset>', 'the store type the policy starts from (default: the file\'s, else generic)').choices(presetChoices));
  }
  return command;
}

/**
 * Runs the `zhidu` command line in-process: parses `argv` (the arguments after the program
 * name), runs the command, writes to `io.stdout` and `io.stderr`, and resolves to the exit code —
 * 0 when all went well, 1 when a row was bad, 2 on a missing file, a bad policy or a bad option,
 * 130 when `io.signal` stopped the run (Ctrl-C).
 *
 * @param argv - the arguments, e.g. `['inventory', 'classify', 'stock.csv', '--format', 'csv']`
 * @param io - stdout, stderr, the working directory and the abort signal
 * @returns the exit code
 * @example
 * await runCli(['policy', 'show', 'returns', '--preset', 'usStore'], { stdout: process.stdout, stderr: process.stderr })
 * //=> 0
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('zhidu')
    .description("zhidu: a store's operating policy — show and check policies, run them over files, simulate a change")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: () => io.stdout.columns ?? 100,
      getErrHelpWidth: () => io.stderr.columns ?? 100,
    })
    .showSuggestionAfterError();

  const policy = program.command('policy').description('show, explain and check policies');
  policy
    .command('show <family>')
    .description(`the effective policy, every parameter with its value and clause (families: ${familyNames.join(', ')})`)
    .addOption(new Option('--preset <preset>', 'the store type').choices(presetChoices))
    .option('--set <key=value>', 'override a parameter (repeatable), e.g. --set noReason.window.length=15', collect, [])
    .option('-p, --policy <file>', 'a policy file over the preset')
    .addOption(new Option('-f, --format <format>', 'table (default), csv or jsonl').choices(['table', 'csv', 'jsonl']))
    .action(async (family: string, options: { preset?: string; set: string[]; policy?: string; format?: string }) => {
      exitCode = await policyShow(io, family, options);
    });
  policy
    .command('schema <family>')
    .description('the JSON Schema (draft 2020-12) of a family\'s policy')
    .action(async (family: string) => {
      await writeOut(io.stdout, `${JSON.stringify(toJsonSchema(familyOf(family).schema), null, 2)}\n`);
    });
  policy
    .command('check <file>')
    .description('validate a policy file (JSON or YAML) and list every issue; exit code 2 when it is bad')
    .addOption(new Option('--preset <preset>', 'check over this preset instead of the file\'s').choices(presetChoices))
    .action(async (file: string, options: { preset?: string }) => {
      exitCode = await policyCheck(io, file, options);
    });

  const groups = new Map<string, Command>();
  for (const batch of batchCommands) {
    let group = groups.get(batch.group);
    if (group === undefined) {
      group = program.command(batch.group).description(`${batch.group} commands`);
      groups.set(batch.group, group);
    }
    const command = batchOptions(group.command(`${batch.verb} <file>`).description(`${batch.description} (CSV or JSON Lines, streamed)`), batch.group !== 'risk');
    if (batch.group === 'risk') {
      command
        .addOption(new Option('--matrix <matrix>', 'the risk matrix').choices(['quadrant', 'iso5x5', 'nist']).default('quadrant'))
        .option('--heatmap <file>', 'write an SVG heat map of the register');
    }
    if (batch.group === 'orders') command.option('--only-refused', 'list only the refused events');
    command.action(async (file: string, options: BatchCommandOptions) => {
      exitCode = await runFile(io, batch, file, options);
    });
  }

  batchOptions(
    program
      .command('simulate <family>')
      .description(`evaluate data under a candidate policy and the current one and report what would change (families: ${Object.keys(simulationFamilies).join(', ')})`),
    false,
  )
    .requiredOption('-d, --data <file>', 'the data (CSV or JSON Lines), as for the family\'s batch command')
    .requiredOption('-p, --policy <file>', 'the candidate policy file')
    .option('-b, --baseline <file>', 'the current policy file (default: the preset)')
    .addOption(new Option('--preset <preset>', 'the store type both policies start from').choices(presetChoices))
    .option('--no-rows', 'print only the report, not the rows that changed')
    .action(async (family: string, options: SimulateOptions & { rows?: boolean }) => {
      exitCode = await runSimulate(io, family, options);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.executeSubCommandAsync') return 0;
      // Commander printed the message; a usage error is exit code 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      io.stderr.write(`zhidu: ${error.message}\n${error.details.map((line) => `${line}\n`).join('')}`);
      return error.exitCode;
    }
    io.stderr.write(`zhidu: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
