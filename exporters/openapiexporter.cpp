#include "openapiexporter.h"

#include "common.h"
#include "openapiapidocument.h"
#include "openapipaths.h"
#include "schemaconvert.h"

#include <algorithm>
#include <map>
#include <set>

namespace seam {

namespace {

constexpr std::string_view kSchemaPrefix = "#/components/schemas/";

// One operation of the document: several callers may declare the same method + path.
struct MergedOperation {
    const Operation *first = nullptr;
    HttpMethod method = HttpMethod::Get;
    std::string path; // as the first caller spelled it
    std::vector<const Integration *> integrations; // every caller that declares it
    std::vector<const Operation *> declarations; // the matching operation of each
};

// `/orders/{id}` and `/orders/{orderId}` are one path to an HTTP server.
std::string normalizedPath(const std::string &path)
{
    std::string out;
    bool inParameter = false;
    for (char c : path) {
        if (c == '{') {
            inParameter = true;
            out += "{}";
        } else if (c == '}') {
            inParameter = false;
        } else if (!inParameter) {
            out += c;
        }
    }
    return out;
}

// placeOrder → "Place order"
std::string humanize(std::string_view name)
{
    std::string out;
    for (std::string word : identifierWords(name)) {
        std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
        if (!out.empty())
            out += ' ';
        out += word;
    }
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

bool isHttpStatus(const ErrorCode &code, int &status)
{
    if (!code.numeric)
        return false;
    try {
        status = std::stoi(code.text);
    } catch (...) {
        return false;
    }
    return status >= 100 && status <= 599;
}

std::string statusDescription(int status)
{
    const std::string_view reason = httpReasonPhrase(status);
    return reason.empty() ? "HTTP " + std::to_string(status) : std::string(reason);
}

std::string rateLimitText(const RateLimit &limit)
{
    std::string text;
    if (limit.requests)
        text = formatNumber(*limit.requests) + " requests";
    else
        text = "requests";
    text += " per " + std::string(limit.per ? toString(*limit.per) : "second");
    if (limit.burst)
        text += " (burst " + formatNumber(*limit.burst) + ")";
    return text;
}

// The security scheme a caller's `auth` maps to, or "" for none / not expressible in 3.0.
std::string schemeName(Auth auth)
{
    switch (auth) {
    case Auth::Oauth2:
        return "oauth2";
    case Auth::Jwt:
        return "bearerJwt";
    case Auth::ApiKey:
        return "apiKey";
    case Auth::Basic:
        return "basicAuth";
    case Auth::None:
    case Auth::Mtls:
        return "";
    }
    return "";
}

OrderedJson securityScheme(Auth auth, bool clientCallers, bool serviceCallers)
{
    OrderedJson scheme = OrderedJson::object();
    switch (auth) {
    case Auth::Oauth2: {
        scheme["type"] = "oauth2";
        scheme["description"] = "OAuth 2.0 access token. The model records only that OAuth 2.0 is used: the "
                                "authorization server's URLs below are relative to this API's server and "
                                "must be replaced by the real ones.";
        OrderedJson flows = OrderedJson::object();
        // Browsers and apps act for a user; services act for themselves.
        if (clientCallers)
            flows["authorizationCode"] = {{"authorizationUrl", "/oauth/authorize"},
                                          {"tokenUrl", "/oauth/token"},
                                          {"scopes", OrderedJson::object()}};
        if (serviceCallers || !clientCallers)
            flows["clientCredentials"] = {{"tokenUrl", "/oauth/token"}, {"scopes", OrderedJson::object()}};
        scheme["flows"] = flows;
        break;
    }
    case Auth::Jwt:
        scheme["type"] = "http";
        scheme["scheme"] = "bearer";
        scheme["bearerFormat"] = "JWT";
        break;
    case Auth::ApiKey:
        scheme["type"] = "apiKey";
        scheme["in"] = "header";
        scheme["name"] = "X-API-Key";
        break;
    case Auth::Basic:
        scheme["type"] = "http";
        scheme["scheme"] = "basic";
        break;
    case Auth::None:
    case Auth::Mtls:
        break;
    }
    return scheme;
}

OrderedJson jsonContent(OrderedJson schema)
{
    return {{"application/json", {{"schema", std::move(schema)}}}};
}

OrderedJson refTo(const std::string &name)
{
    return {{"$ref", std::string(kSchemaPrefix) + name}};
}

OrderedJson headerRef(const std::string &name)
{
    return {{"$ref", "#/components/headers/" + name}};
}

class DocumentBuilder {
public:
    DocumentBuilder(const Model &model, const ModelIndex &index, const Component &callee,
                    const std::vector<const Integration *> &integrations)
        : m_model(model)
        , m_index(index)
        , m_callee(callee)
        , m_integrations(integrations)
    {
    }

    std::string build(std::vector<std::string> &warnings)
    {
        mergeOperations();

        OrderedJson doc = OrderedJson::object();
        doc["openapi"] = "3.0.3";
        doc["info"] = info();
        doc["servers"] = OrderedJson::array(
            {{{"url", "https://{host}"},
              {"description", m_callee.displayName() + "; the host name depends on the deployment"},
              {"variables", {{"host", {{"default", m_callee.id}}}}}}});

        OrderedJson paths = OrderedJson::object();
        for (const MergedOperation &op : m_operations)
            paths[m_pathSpelling.at(normalizedPath(op.path))][lowerMethod(op.method)] = operation(op);
        doc["paths"] = paths;

        OrderedJson components = OrderedJson::object();
        std::vector<std::string> missing;
        const std::vector<std::string> names = reachableSchemas(m_model, m_schemaRoots, &missing);
        if (!names.empty() || !missing.empty()) {
            OrderedJson schemas = OrderedJson::object();
            for (const std::string &name : names) {
                OrderedJson body
                    = schemaToJson(m_model.findSchema(name)->body, kSchemaPrefix, SchemaDialect::OpenApi30);
                schemas[name] = std::move(body);
            }
            for (const std::string &name : missing) {
                schemas[name] = {{"description", "Schema " + name + " is not defined in the model."}};
                warnings.push_back("openapi/" + m_callee.id + ".yaml: schema " + name
                                   + " is not defined in the model; exported as an empty schema");
            }
            components["schemas"] = schemas;
        }
        if (m_rateLimited) {
            OrderedJson headers = OrderedJson::object();
            headers["X-RateLimit-Limit"] = {{"description", "Requests the caller may send in the current window."},
                                            {"schema", {{"type", "integer"}}}};
            headers["X-RateLimit-Remaining"]
                = {{"description", "Requests left in the current window."}, {"schema", {{"type", "integer"}}}};
            headers["X-RateLimit-Reset"]
                = {{"description", "Seconds until the current window resets."}, {"schema", {{"type", "integer"}}}};
            headers["Retry-After"]
                = {{"description", "Seconds to wait before retrying."}, {"schema", {{"type", "integer"}}}};
            components["headers"] = headers;
        }
        if (!m_schemes.empty()) {
            OrderedJson schemes = OrderedJson::object();
            for (Auth auth : {Auth::Oauth2, Auth::Jwt, Auth::ApiKey, Auth::Basic})
                if (m_schemes.count(auth))
                    schemes[schemeName(auth)]
                        = securityScheme(auth, m_clientCallers.count(auth) > 0, m_serviceCallers.count(auth) > 0);
            components["securitySchemes"] = schemes;
        }
        if (!components.empty())
            doc["components"] = components;
        return toYaml(doc);
    }

private:
    OrderedJson info() const
    {
        OrderedJson info = OrderedJson::object();
        info["title"] = apiTitle(m_callee.displayName());
        // The model has no API version; 1.0.0 marks the first published contract.
        info["version"] = "1.0.0";
        std::string description = m_callee.description ? trimmedText(*m_callee.description) + "\n\n" : std::string();
        std::vector<std::string> callers;
        for (const Integration *integration : m_integrations)
            callers.push_back(m_index.name(integration->from) + " (" + integration->id + ")");
        description += "REST interface of " + m_callee.displayName() + " in " + m_model.name
            + ", merged from the operations its callers use: " + join(callers, ", ") + ".";
        info["description"] = description;
        if (m_callee.owner)
            info["contact"] = {{"name", *m_callee.owner}};
        return info;
    }

    void mergeOperations()
    {
        std::map<std::string, size_t> byKey;
        for (const Integration *integration : m_integrations) {
            for (const Operation &op : *integration->operations) {
                const HttpMethod method = openApiMethod(op);
                const std::string path = openApiPath(op);
                const std::string key = std::string(toString(method)) + ' ' + normalizedPath(path);
                auto found = byKey.find(key);
                if (found == byKey.end()) {
                    byKey.emplace(key, m_operations.size());
                    MergedOperation merged;
                    merged.first = &op;
                    merged.method = method;
                    merged.path = path;
                    m_operations.push_back(std::move(merged));
                    m_pathSpelling.emplace(normalizedPath(path), path);
                    found = byKey.find(key);
                }
                MergedOperation &merged = m_operations[found->second];
                merged.integrations.push_back(integration);
                merged.declarations.push_back(&op);
            }
        }
    }

    std::string uniqueOperationId(const std::string &name)
    {
        std::string base = name;
        // operationIds end up in URLs and generated code: keep them to safe characters.
        for (char &c : base)
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' && c != '.')
                c = '_';
        std::string id = base;
        for (int n = 2; !m_operationIds.insert(id).second; ++n)
            id = base + "_" + std::to_string(n);
        return id;
    }

    OrderedJson operation(const MergedOperation &op)
    {
        const Operation &first = *op.first;
        OrderedJson out = OrderedJson::object();
        out["operationId"] = uniqueOperationId(first.name);
        out["summary"] = humanize(first.name);

        std::vector<std::string> notes;
        std::vector<std::string> callers;
        bool critical = false;
        bool idempotencyKey = false;
        bool mtls = false;
        bool unknownAuth = false;
        std::set<std::string> schemeNames;
        std::vector<std::string> schemeOrder;
        std::vector<std::string> limits;
        for (size_t i = 0; i < op.integrations.size(); ++i) {
            const Integration &integration = *op.integrations[i];
            std::string caller = m_index.name(integration.from);
            if (integration.timeoutMs)
                caller += " (timeout " + formatNumber(*integration.timeoutMs) + " ms)";
            callers.push_back(caller);
            critical = critical || op.declarations[i]->isCritical();
            if (integration.effectiveIdempotency() == Idempotency::Key)
                idempotencyKey = true;
            const std::optional<Auth> auth = integration.security ? integration.security->auth : std::nullopt;
            if (!auth) {
                unknownAuth = true;
            } else if (*auth == Auth::Mtls) {
                mtls = true;
            } else if (const std::string name = schemeName(*auth); !name.empty()) {
                m_schemes.insert(*auth);
                const Component *from = m_index.findComponent(integration.from);
                if (from && from->kind == ComponentKind::Client)
                    m_clientCallers.insert(*auth);
                else
                    m_serviceCallers.insert(*auth);
                if (schemeNames.insert(name).second)
                    schemeOrder.push_back(name);
            }
            if (integration.rateLimit)
                limits.push_back(rateLimitText(*integration.rateLimit) + " for " + m_index.name(integration.from));
        }
        notes.push_back("Called by " + join(callers, ", ") + ".");
        if (critical)
            notes.push_back("Critical: a retried request must not be applied twice.");
        if (mtls)
            notes.push_back("Callers authenticate with mutual TLS, which OpenAPI 3.0 cannot express as a "
                            "security scheme.");
        if (unknownAuth && schemeOrder.empty() && !mtls)
            notes.push_back("The model does not record how callers authenticate.");
        out["description"] = join(notes, "\n");

        OrderedJson parameters = OrderedJson::array();
        for (const std::string &name : pathParameterNames(m_pathSpelling.at(normalizedPath(op.path))))
            parameters.push_back(
                {{"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
        if (idempotencyKey && op.method != HttpMethod::Get)
            parameters.push_back(
                {{"name", "Idempotency-Key"},
                 {"in", "header"},
                 {"required", true},
                 {"description", "Unique per logical request: a retry with the same key is not applied twice."},
                 {"schema", {{"type", "string"}}}});
        if (!parameters.empty())
            out["parameters"] = parameters;

        if (first.request) {
            m_schemaRoots.push_back(*first.request);
            out["requestBody"] = {{"required", true}, {"content", jsonContent(refTo(*first.request))}};
        }

        // Errors of every caller's declaration, HTTP statuses in numeric order.
        std::set<int> statuses;
        std::vector<std::string> errorNames;
        for (const Operation *declaration : op.declarations)
            if (declaration->errors)
                for (const ErrorCode &code : *declaration->errors) {
                    int status = 0;
                    if (isHttpStatus(code, status))
                        statuses.insert(status);
                    else if (std::find(errorNames.begin(), errorNames.end(), code.text) == errorNames.end())
                        errorNames.push_back(code.text);
                }
        // A body that fails its schema is refused: say so, so clients handle it.
        if (first.request)
            statuses.insert(400);
        if (!limits.empty())
            statuses.insert(429);

        OrderedJson responses = OrderedJson::object();
        OrderedJson success = OrderedJson::object();
        const bool rateLimited = !limits.empty();
        if (first.response) {
            m_schemaRoots.push_back(*first.response);
            success["description"] = humanize(first.name) + ": " + *first.response;
        } else {
            success["description"] = "No Content";
        }
        if (rateLimited) {
            m_rateLimited = true;
            success["headers"] = {{"X-RateLimit-Limit", headerRef("X-RateLimit-Limit")},
                                  {"X-RateLimit-Remaining", headerRef("X-RateLimit-Remaining")},
                                  {"X-RateLimit-Reset", headerRef("X-RateLimit-Reset")}};
        }
        if (first.response)
            success["content"] = jsonContent(refTo(*first.response));
        responses[first.response ? "200" : "204"] = success;

        for (int status : statuses) {
            OrderedJson response = OrderedJson::object();
            std::string description = statusDescription(status);
            if (status == 400 && first.request)
                description += " (for example, a body that does not match " + *first.request + ")";
            if (status == 429 && rateLimited) {
                description += ": limit " + join(limits, "; ");
                response["description"] = description;
                response["headers"] = {{"Retry-After", headerRef("Retry-After")},
                                       {"X-RateLimit-Limit", headerRef("X-RateLimit-Limit")},
                                       {"X-RateLimit-Remaining", headerRef("X-RateLimit-Remaining")},
                                       {"X-RateLimit-Reset", headerRef("X-RateLimit-Reset")}};
            } else {
                response["description"] = description;
            }
            responses[std::to_string(status)] = response;
        }
        if (!errorNames.empty()) {
            OrderedJson codes = OrderedJson::array();
            for (const std::string &name : errorNames)
                codes.push_back(name);
            OrderedJson schema = {
                {"type", "object"},
                {"required", OrderedJson::array({"code"})},
                {"properties", {{"code", {{"type", "string"}, {"enum", codes}}}, {"message", {{"type", "string"}}}}}};
            responses["default"]
                = {{"description", "Error: " + join(errorNames, ", ")}, {"content", jsonContent(schema)}};
        }
        out["responses"] = responses;

        // Alternatives: each caller may use its own scheme. An empty list states that
        // the model names no scheme OpenAPI 3.0 can express.
        OrderedJson security = OrderedJson::array();
        for (const std::string &name : schemeOrder)
            security.push_back({{name, OrderedJson::array()}});
        out["security"] = security;
        return out;
    }

    const Model &m_model;
    const ModelIndex &m_index;
    const Component &m_callee;
    const std::vector<const Integration *> &m_integrations;
    std::vector<MergedOperation> m_operations;
    std::map<std::string, std::string> m_pathSpelling; // normalized path → first spelling
    std::set<std::string> m_operationIds;
    std::vector<std::string> m_schemaRoots;
    std::set<Auth> m_schemes;
    std::set<Auth> m_clientCallers;
    std::set<Auth> m_serviceCallers;
    bool m_rateLimited = false;
};

} // namespace

std::string_view OpenApiExporter::description() const
{
    return "OpenAPI document per declared REST API (openapi/<component>.yaml; 3.0 or 3.1 as imported, 3.1 by "
           "default) and an OpenAPI 3.0.3 document per component that receives inline REST operations";
}

namespace {

// A caller of `api` that says `tls: false`: its server is plain HTTP.
bool calledWithoutTls(const Model &model, const Component &component, const Api &api)
{
    for (const Integration &integration : model.integrationList())
        if (integration.to == component.id && integration.api == api.name && !integration.tlsEnabled())
            return true;
    return false;
}

} // namespace

ExportResult OpenApiExporter::run(const Model &model, const ExportOptions &) const
{
    ExportResult result;
    const ModelIndex index(model);
    const auto byCallee = operationsByCallee(index, Pattern::Rest);
    for (size_t i = 0; i < model.components.size(); ++i) {
        const Component &component = model.components[i];
        std::vector<const Api *> restApis;
        if (component.apis)
            for (const Api &api : *component.apis)
                if (api.style == Pattern::Rest)
                    restApis.push_back(&api);
        // One API and no inline callers keeps the short name; otherwise each API gets its own file.
        const bool shortName = restApis.size() == 1 && byCallee[i].empty();
        for (const Api *api : restApis) {
            ApiDocumentOptions options;
            options.fileName = "openapi/" + component.id + (shortName ? "" : "." + slug(api->name)) + ".yaml";
            options.plainHttp = calledWithoutTls(model, component, *api);
            result.files.push_back(
                {options.fileName, openApiDocumentForApi(model, component, *api, options, result.warnings)});
        }
        if (byCallee[i].empty())
            continue;
        DocumentBuilder builder(model, index, component, byCallee[i]);
        result.files.push_back({"openapi/" + component.id + ".yaml", builder.build(result.warnings)});
    }
    return result;
}

namespace {
const ExporterRegistration registration(30, std::make_unique<OpenApiExporter>());
}

} // namespace seam
