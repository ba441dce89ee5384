#pragma once
// Importers turn a contract that already exists (a .proto file, an OpenAPI or an
// AsyncAPI document) into a fragment of a Seam model: provider components with
// their APIs and channels, the schemas, and (AsyncAPI) the send/receive
// integrations. `seam-cli import` and the editor's File ▸ Import run them and
// merge the fragments (merge.h). Each format's .cpp registers itself, as the
// exporters do, so adding a format edits no central list.

#include "model/diagnostic.h"
#include "model/model.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace seam {

struct ImportSource {
    std::string path; // as the user gave it; diagnostics name it
    std::string text; // its contents (read once, also for detection)
};

struct ImportResult {
    Model model; // the fragment: components, integrations, schemas (name and seam are unset)
    // Errors (the import fails and nothing is written) and warnings: constructs the
    // model cannot hold, each naming FILE:LINE:COLUMN. Nothing is dropped silently.
    Diagnostics diagnostics;
    bool ok() const { return !hasErrors(diagnostics); }
};

class Importer {
public:
    virtual ~Importer() = default;
    virtual std::string_view id() const = 0; // proto, openapi, asyncapi
    virtual std::string_view description() const = 0; // one line for --help
    // By content, not by file name: `syntax = "proto3"`, a top-level `openapi: 3.x`
    // or `asyncapi: 2.6/3.0` key.
    virtual bool detects(const ImportSource &source) const = 0;
    // Appends what `source` declares to `result.model`, and its problems to
    // `result.diagnostics`. Files it includes (proto imports, external $refs) are
    // read relative to source.path.
    virtual void run(const ImportSource &source, ImportResult &result) const = 0;
};

const std::vector<std::unique_ptr<Importer>> &importers();
const Importer *findImporter(std::string_view id);
// The importer whose detects() accepts the source, nullptr when none does.
const Importer *detectImporter(const ImportSource &source);

struct ImporterRegistration {
    ImporterRegistration(std::unique_ptr<Importer> importer);
};

} // namespace seam
