// Import of a generated OpenAPI 3.1 document of at least 5 MB (many paths and schemas) and
// the export of the model it gives back to OpenAPI. Target (issue 11): each under 1 s.
// Best of the repetitions: --benchmark_repetitions=5 reports a `min` row.
#include "exporters/exporter.h"
#include "importers/importer.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>

namespace {

constexpr size_t kTargetBytes = 5u << 20;

// One resource: a schema with typed properties, its input schema, and a path with a
// GET (path, query and header parameters; 200, 404 and default responses) and a PUT.
void appendResource(std::string &paths, std::string &schemas, int i)
{
    const std::string n = std::to_string(i);
    const std::string previous = std::to_string(i > 0 ? i - 1 : 0);
    paths += "  /resources" + n
        + "/{id}:\n"
          "    parameters:\n"
          "      - name: id\n        in: path\n        required: true\n        schema:\n          type: string\n"
          "          format: uuid\n"
          "    get:\n"
          "      operationId: getResource"
        + n
        + "\n"
          "      summary: Read resource "
        + n
        + "\n"
          "      tags: [group"
        + std::to_string(i % 50)
        + "]\n"
          "      parameters:\n"
          "        - name: fields\n          in: query\n          schema:\n            type: array\n"
          "            items:\n              type: string\n"
          "        - name: X-Trace-Id\n          in: header\n          schema:\n            type: string\n"
          "      responses:\n"
          "        \"200\":\n          description: The resource\n"
          "          headers:\n            ETag:\n              schema:\n                type: string\n"
          "          content:\n            application/json:\n              schema:\n"
          "                $ref: '#/components/schemas/Resource"
        + n
        + "'\n"
          "        \"404\":\n          description: Not found\n"
          "        default:\n          description: Error\n          content:\n"
          "            application/problem+json:\n              schema:\n"
          "                $ref: '#/components/schemas/Problem'\n"
          "    put:\n"
          "      operationId: putResource"
        + n
        + "\n"
          "      requestBody:\n        required: true\n        content:\n          application/json:\n"
          "            schema:\n              $ref: '#/components/schemas/Resource"
        + n
        + "Input'\n"
          "      responses:\n"
          "        \"200\":\n          description: Replaced\n          content:\n"
          "            application/json:\n              schema:\n"
          "                $ref: '#/components/schemas/Resource"
        + n + "'\n";
    schemas += "    Resource" + n
        + ":\n"
          "      type: object\n      required: [id, name]\n"
          "      properties:\n"
          "        id:\n          type: string\n          format: uuid\n          readOnly: true\n"
          "        name:\n          type: string\n          maxLength: 120\n"
          "          description: Display name of resource "
        + n
        + "\n"
          "        count:\n          type: integer\n          format: int32\n          minimum: 0\n"
          "        price:\n          type: number\n          format: double\n"
          "        active:\n          type: boolean\n"
          "        tags:\n          type: array\n          items:\n            type: string\n"
          "        created:\n          type: string\n          format: date-time\n"
          "        parent:\n          $ref: '#/components/schemas/Resource"
        + previous
        + "'\n"
          "        state:\n          type: string\n          enum: [draft, active, retired]\n"
          "    Resource"
        + n
        + "Input:\n"
          "      allOf:\n        - $ref: '#/components/schemas/Resource"
        + n
        + "'\n"
          "        - type: object\n          properties:\n            comment:\n              type: string\n";
}

const std::string &document()
{
    static const std::string text = [] {
        std::string paths = "paths:\n";
        std::string schemas = "components:\n  schemas:\n"
                              "    Problem:\n      type: object\n      properties:\n"
                              "        title:\n          type: string\n        status:\n          type: integer\n";
        const std::string head = "openapi: 3.1.0\ninfo:\n  title: Generated\n  version: '1.0.0'\n"
                                 "servers:\n  - url: https://api.example.org\n";
        for (int i = 0; head.size() + paths.size() + schemas.size() < kTargetBytes; ++i)
            appendResource(paths, schemas, i);
        return head + paths + schemas
            + "  securitySchemes:\n    bearer:\n      type: http\n      scheme: bearer\nsecurity:\n  - bearer: []\n";
    }();
    return text;
}

seam::ImportResult importDocument()
{
    seam::ImportResult result;
    seam::findImporter("openapi")->run({"generated.yaml", document()}, result);
    return result;
}

double minimum(const std::vector<double> &values)
{
    return *std::min_element(values.begin(), values.end());
}

void importOpenApi(benchmark::State &state)
{
    size_t operations = 0;
    for (auto _ : state) {
        const seam::ImportResult result = importDocument();
        if (!result.ok()) {
            state.SkipWithError("the generated document does not import");
            return;
        }
        operations = result.model.components[0].apis->front().operations->size();
    }
    state.counters["MB"] = double(document().size()) / 1e6;
    state.counters["operations"] = double(operations);
}

void exportOpenApi(benchmark::State &state)
{
    static const seam::ImportResult imported = importDocument();
    const seam::Exporter *exporter = seam::findExporter("openapi");
    size_t bytes = 0;
    for (auto _ : state) {
        const seam::ExportResult result = exporter->run(imported.model, {"generated.seam.yaml"});
        bytes = result.files.empty() ? 0 : result.files[0].contents.size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["MB"] = double(bytes) / 1e6;
    state.counters["schemas"] = double(imported.model.schemaList().size());
}

} // namespace

BENCHMARK(importOpenApi)->Unit(benchmark::kMillisecond)->Iterations(1)->ComputeStatistics("min", minimum);
BENCHMARK(exportOpenApi)->Unit(benchmark::kMillisecond)->Iterations(1)->ComputeStatistics("min", minimum);
BENCHMARK_MAIN();
