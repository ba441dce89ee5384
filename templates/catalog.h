#pragma once
// The starter models of File ▸ New from Template and `seam-cli new --template`: one table
// (catalog.cpp) naming each template, and its text, compiled into the program as a Qt resource
// (:/seam/templates/FILE), so nothing has to be installed beside the executable.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace seam {

struct ModelTemplate {
    std::string_view name; // what `seam-cli new --template NAME` takes, e.g. "trading"
    std::string_view title; // the dialog's heading, e.g. "Trading platform"
    std::string_view description; // one line: what the starter model holds
    std::string_view file; // the resource's file name, e.g. "trading.seam.yaml"
};

// Every template, in the order the dialog and --list-templates show them.
std::span<const ModelTemplate> templateCatalog();
const ModelTemplate *findTemplate(std::string_view name);
// "trading, real-time, …": for an error that says which names exist.
std::string templateNames();
// The template's model text exactly as shipped; nullopt when its resource is missing
// (a build error: the catalog names a file that templates/CMakeLists.txt does not embed).
std::optional<std::string> templateText(const ModelTemplate &entry);

} // namespace seam
