#pragma once
// How an operation becomes an OpenAPI path and method, shared by the document built
// from integrations' inline operations and the one built from a declared REST API.

#include "model/model.h"

#include <string>
#include <vector>

namespace seam {

HttpMethod openApiMethod(const Operation &op); // as written, else POST with a request body, GET without
std::string openApiPath(const Operation &op); // as written (leading '/', no query), else "/<name>"
std::vector<std::string> pathParameterNames(const std::string &path); // {id} → id, in order, once each
std::string lowerMethod(HttpMethod method); // GET → get

} // namespace seam
