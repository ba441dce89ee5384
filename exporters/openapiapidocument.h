#pragma once
// The OpenAPI document of one REST API a component declares (Component::apis): its
// operations, parameters, bodies and responses as the model holds them, the schemas
// they reach (plus those the API declared), its security schemes and servers. What the
// importer kept in extension fields (importers/openapiextras.h) is written back in place,
// so an imported document comes back with the same contract. Nothing is invented: no
// status code, server or security scheme the model does not hold.

#include "model/model.h"

#include <string>
#include <vector>

namespace seam {

struct ApiDocumentOptions {
    std::string fileName; // for warnings: openapi/<component>.yaml
    bool plainHttp = false; // a caller says `tls: false`: a server without one is http://<component>
};

std::string openApiDocumentForApi(const Model &model, const Component &component, const Api &api,
                                  const ApiDocumentOptions &options, std::vector<std::string> &warnings);

} // namespace seam
