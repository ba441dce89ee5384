#pragma once
// The structure of a protoc descriptor set (`protoc --include_imports --descriptor_set_out`)
// as sorted lines, one per service, method, message, field, oneof, enum and enum value,
// with everything a client's wire format depends on: full names, streaming, input and
// output types, field numbers, types, labels, oneof membership, map entries, enum
// numbers, json names and options. File names, import order, declaration order and
// comments are left out, so two sets that describe the same contract compare equal
// however their files are cut. The well-known types (package google.protobuf) are left out.

#include <string>
#include <vector>

namespace seam::testing {

// Reads a serialized FileDescriptorSet; false (and `error` set) when it does not parse.
bool descriptorSummary(const std::string &descriptorSetPath, std::vector<std::string> &lines, std::string &error);

// What differs, as "- line" (only in `expected`) and "+ line" (only in `actual`); empty when equal.
std::string summaryDifference(const std::vector<std::string> &expected, const std::vector<std::string> &actual);

} // namespace seam::testing
