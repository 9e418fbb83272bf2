#include "harness/test_metadata.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <exception>
#include <utility>

namespace async_runtime::harness {
namespace {

constexpr std::string_view kFrontmatterStart = "/*---";
constexpr std::string_view kFrontmatterEnd = "---*/";

// The error text for a key whose YAML shape is wrong.
std::string ShapeError(std::string_view key, std::string_view expected) {
  return "frontmatter: '" + std::string(key) + "' must be " +
         std::string(expected);
}

// Reads an optional scalar field; returns false (with `error` set) when the
// key is present but not a scalar.
bool ReadScalar(const YAML::Node& root, const char* key, std::string* out,
                std::string* error) {
  const YAML::Node node = root[key];
  if (!node || node.IsNull()) return true;
  if (!node.IsScalar()) {
    *error = ShapeError(key, "a scalar");
    return false;
  }
  *out = node.Scalar();
  return true;
}

// Reads an optional list of scalars (`flags: [module, async]`).
bool ReadScalarList(const YAML::Node& root, const char* key,
                    std::vector<std::string>* out, std::string* error) {
  const YAML::Node node = root[key];
  if (!node || node.IsNull()) return true;
  if (!node.IsSequence()) {
    *error = ShapeError(key, "a list");
    return false;
  }
  for (const YAML::Node& item : node) {
    if (!item.IsScalar()) {
      *error = ShapeError(key, "a list of scalars");
      return false;
    }
    out->push_back(item.Scalar());
  }
  return true;
}

std::optional<NegativePhase> NegativePhaseFromName(std::string_view name) {
  if (name == "parse") return NegativePhase::kParse;
  if (name == "resolution") return NegativePhase::kResolution;
  if (name == "runtime") return NegativePhase::kRuntime;
  return std::nullopt;
}

bool ReadNegative(const YAML::Node& root,
                  std::optional<NegativeExpectation>* out, std::string* error) {
  const YAML::Node node = root["negative"];
  if (!node || node.IsNull()) return true;
  if (!node.IsMap()) {
    *error = ShapeError("negative", "a map with 'phase' and 'type'");
    return false;
  }
  const YAML::Node phase = node["phase"];
  const YAML::Node type = node["type"];
  if (!phase || !phase.IsScalar() || !type || !type.IsScalar() ||
      type.Scalar().empty()) {
    *error = ShapeError("negative", "a map with scalar 'phase' and 'type'");
    return false;
  }
  std::optional<NegativePhase> parsed_phase =
      NegativePhaseFromName(phase.Scalar());
  if (!parsed_phase) {
    *error = "frontmatter: unknown negative phase '" + phase.Scalar() + "'";
    return false;
  }
  *out = NegativeExpectation{*parsed_phase, type.Scalar()};
  return true;
}

FrontmatterResult Error(std::string message) {
  FrontmatterResult result;
  result.error = std::move(message);
  return result;
}

// CRLF and lone CR become LF: YAML counts CR as a line break but yaml-cpp
// does not, and Test262 has files with CR line terminators.
std::string NormalizeLineBreaks(std::string_view text) {
  std::string normalized;
  normalized.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      normalized.push_back(text[i]);
    } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
      normalized.push_back('\n');
    }
  }
  return normalized;
}

FrontmatterResult ParseYaml(std::string_view yaml_text) {
  const YAML::Node root = YAML::Load(NormalizeLineBreaks(yaml_text));
  FrontmatterResult result;
  if (root.IsNull()) {  // an empty block: no metadata at all
    result.metadata.emplace();
    return result;
  }
  if (!root.IsMap()) return Error("frontmatter: not a YAML map");
  TestMetadata metadata;
  std::string error;
  if (!ReadScalar(root, "description", &metadata.description, &error) ||
      !ReadScalar(root, "esid", &metadata.esid, &error) ||
      !ReadScalar(root, "es5id", &metadata.es5id, &error) ||
      !ReadScalar(root, "es6id", &metadata.es6id, &error) ||
      !ReadScalar(root, "info", &metadata.info, &error) ||
      !ReadScalarList(root, "includes", &metadata.includes, &error) ||
      !ReadScalarList(root, "flags", &metadata.flags, &error) ||
      !ReadScalarList(root, "features", &metadata.features, &error) ||
      !ReadScalarList(root, "locale", &metadata.locale, &error) ||
      !ReadNegative(root, &metadata.negative, &error)) {
    return Error(std::move(error));
  }
  result.metadata = std::move(metadata);
  return result;
}

}  // namespace

std::string_view NegativePhaseName(NegativePhase phase) {
  switch (phase) {
    case NegativePhase::kParse:
      return "parse";
    case NegativePhase::kResolution:
      return "resolution";
    case NegativePhase::kRuntime:
      return "runtime";
  }
  return "unknown";
}

bool TestMetadata::HasFlag(std::string_view flag) const {
  return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

bool TestMetadata::UsesFeature(std::string_view feature) const {
  return std::find(features.begin(), features.end(), feature) != features.end();
}

std::optional<std::string_view> ExtractFrontmatter(std::string_view source) {
  const size_t start = source.find(kFrontmatterStart);
  if (start == std::string_view::npos) return std::nullopt;
  const size_t body = start + kFrontmatterStart.size();
  const size_t end = source.find(kFrontmatterEnd, body);
  if (end == std::string_view::npos) return std::nullopt;
  return source.substr(body, end - body);
}

FrontmatterResult ParseFrontmatter(std::string_view source) {
  const std::optional<std::string_view> yaml_text = ExtractFrontmatter(source);
  if (!yaml_text) return Error("frontmatter: no /*--- ... ---*/ block");
  // yaml-cpp reports every problem by throwing; nothing may escape this
  // boundary, so each kind becomes the error of this test alone.
  try {
    return ParseYaml(*yaml_text);
  } catch (const YAML::Exception& e) {
    return Error("frontmatter: invalid YAML: " + std::string(e.what()));
  } catch (const std::exception& e) {
    return Error("frontmatter: " + std::string(e.what()));
  }
}

}  // namespace async_runtime::harness
