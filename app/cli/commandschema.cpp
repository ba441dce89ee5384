// seam-cli schema: the JSON Schema of the model format, for editors and other tools.

#include "commandregistry.h"

#include "model/formatschema.h"

#include <iostream>

namespace seam::cli {

namespace {

constexpr std::string_view kUsage
    = "Usage: seam-cli schema\n"
      "\n"
      "Print the JSON Schema (draft-07) of the Seam model format on standard output. Point an\n"
      "editor at it for completion and errors while editing *.seam.yaml by hand (docs/editor-schema.md);\n"
      "docs/seam.schema.json is this output.\n";

int runSchema(const std::vector<std::string> &args)
{
    if (!args.empty()) {
        std::cerr << "seam-cli schema: takes no arguments\n" << kUsage;
        return InvalidInput;
    }
    std::cout << formatJsonSchema();
    return Ok;
}

const CommandRegistration registration {
    Command {"schema", "print the JSON Schema of the model format", std::string(kUsage), runSchema}};

} // namespace

} // namespace seam::cli
