#include "openapipaths.h"

#include <algorithm>
#include <cctype>

namespace seam {

HttpMethod openApiMethod(const Operation &op)
{
    if (op.method)
        return *op.method;
    return op.request || op.requestBody ? HttpMethod::Post : HttpMethod::Get;
}

std::string openApiPath(const Operation &op)
{
    std::string path = op.path && !op.path->empty() ? *op.path : "/" + op.name;
    if (path.front() != '/')
        path.insert(path.begin(), '/');
    const size_t query = path.find('?');
    if (query != std::string::npos)
        path.resize(query);
    return path;
}

std::vector<std::string> pathParameterNames(const std::string &path)
{
    std::vector<std::string> names;
    size_t at = 0;
    while ((at = path.find('{', at)) != std::string::npos) {
        const size_t end = path.find('}', at);
        if (end == std::string::npos)
            break;
        std::string name = path.substr(at + 1, end - at - 1);
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
        at = end + 1;
    }
    return names;
}

std::string lowerMethod(HttpMethod method)
{
    std::string text(toString(method));
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

} // namespace seam
