// RenderJson output validated against docs/report-schema.json with a small
// JSON Schema (draft-07) validator for the keywords the schema uses: type
// (a name or a list), required, properties, items, enum and local $ref.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "report/graph_records.h"
#include "report/report.h"
#include "report/sample_records.h"

namespace claimgraph::report {
namespace {

using nlohmann::json;

const std::string kSchema = std::string(CLAIMGRAPH_FIXTURES_DIR) + "/../docs/report-schema.json";

bool HasType(const json& value, const std::string& type) {
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "string") return value.is_string();
  if (type == "integer") return value.is_number_integer();
  if (type == "number") return value.is_number();
  if (type == "boolean") return value.is_boolean();
  if (type == "null") return value.is_null();
  return false;
}

// Appends one message per violation, naming the JSON path.
void Validate(const json& root, const json& schema, const json& value, const std::string& path,
              std::vector<std::string>* errors) {
  if (schema.contains("$ref")) {
    std::string ref = schema["$ref"];
    REQUIRE(ref.rfind("#/definitions/", 0) == 0);
    Validate(root, root["definitions"][ref.substr(14)], value, path, errors);
    return;
  }
  for (auto it = schema.begin(); it != schema.end(); ++it) {
    const std::string& k = it.key();
    // A keyword this validator does not know would be silently ignored.
    REQUIRE((k == "type" || k == "required" || k == "properties" || k == "items" ||
             k == "enum" || k == "description" || k == "title" || k == "$schema" ||
             k == "$id" || k == "definitions"));
  }
  if (schema.contains("type")) {
    std::vector<std::string> types;
    if (schema["type"].is_string()) types.push_back(schema["type"]);
    else for (const auto& t : schema["type"]) types.push_back(t);
    bool ok = false;
    for (const auto& t : types) ok = ok || HasType(value, t);
    if (!ok) {
      errors->push_back(path + ": expected " + schema["type"].dump() + ", got " + value.dump().substr(0, 60));
      return;
    }
  }
  if (schema.contains("enum")) {
    bool found = false;
    for (const auto& option : schema["enum"]) found = found || option == value;
    if (!found) errors->push_back(path + ": " + value.dump() + " not in " + schema["enum"].dump());
  }
  if (value.is_object()) {
    for (const auto& key : schema.value("required", json::array())) {
      if (!value.contains(key.get<std::string>())) errors->push_back(path + ": missing " + key.dump());
    }
    if (schema.contains("properties")) {
      for (auto it = schema["properties"].begin(); it != schema["properties"].end(); ++it) {
        if (value.contains(it.key())) {
          Validate(root, it.value(), value[it.key()], path + "." + it.key(), errors);
        }
      }
    }
  }
  if (value.is_array() && schema.contains("items")) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      Validate(root, schema["items"], value[i], path + "[" + std::to_string(i) + "]", errors);
    }
  }
}

json LoadSchema() {
  std::ifstream in(kSchema);
  REQUIRE(in.good());
  return json::parse(in);
}

std::vector<std::string> Errors(const json& schema, const std::string& output) {
  std::vector<std::string> errors;
  Validate(schema, schema, json::parse(output), "$", &errors);
  return errors;
}

}  // namespace

TEST_CASE("Report schema: the JSON report with controversies validates", "[report]") {
  const json schema = LoadSchema();
  ReportData data = testing::HostileReport();
  ReportData sample = testing::SampleReport();
  data.disputed = sample.disputed;
  data.speakers = sample.speakers;
  const std::string output = RenderJson(data);
  REQUIRE(!json::parse(output)["controversies"].empty());
  REQUIRE(!json::parse(output)["controversies"][0]["timeline"].empty());
  auto errors = Errors(schema, output);
  for (const auto& e : errors) UNSCOPED_INFO(e);
  CHECK(errors.empty());
}

TEST_CASE("Report schema: the validator rejects what the schema forbids", "[report]") {
  const json schema = LoadSchema();
  json report = json::parse(RenderJson(testing::HostileReport()));
  report["controversies"][0]["claims"][0]["acceptance"] = "maybe";
  report["summary"].erase("claims");
  report["scope"]["since"] = 3;
  auto errors = Errors(schema, report.dump());
  CHECK(errors.size() == 3);
}

}  // namespace claimgraph::report
