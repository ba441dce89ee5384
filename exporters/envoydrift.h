#pragma once
// `seam-cli check-config` for Envoy: reads a static bootstrap (the envoy export's, or one kept
// by hand, with proto or JSON field names) and reports every route, virtual host and cluster
// setting that differs from what the envoy export writes for the model.

#include "configdrift.h"

#include "model/sourcenode.h"

namespace seam {

// A YAML document that is an Envoy bootstrap: a map with a `static_resources` map.
bool isEnvoyConfig(const SourceNode &document);

void checkEnvoy(const Model &model, const std::string &file, const SourceNode &document, std::vector<Drift> &out);

} // namespace seam
