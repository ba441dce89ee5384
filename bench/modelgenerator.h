#pragma once
// Builds large, realistic-looking models for benchmarks and scale tests:
// a mix of component kinds and patterns, with ids, owners, SLAs, operations,
// events, reliability settings and a layout, reproducible from a seed.

#include "model/model.h"

#include <random>
#include <string>

namespace seam::bench {

inline Model generateModel(int componentCount, int integrationCount, unsigned seed = 42)
{
    std::mt19937 random(seed);
    auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    constexpr ComponentKind kinds[] = {ComponentKind::Service, ComponentKind::Service,  ComponentKind::Service,
                                       ComponentKind::Database, ComponentKind::Cache,   ComponentKind::Queue,
                                       ComponentKind::Topic,    ComponentKind::Gateway, ComponentKind::Client,
                                       ComponentKind::External};
    constexpr Pattern patterns[] = {Pattern::Rest,   Pattern::Rest,   Pattern::Grpc,   Pattern::Graphql, Pattern::Queue,
                                    Pattern::Pubsub, Pattern::Stream, Pattern::Webhook, Pattern::Database};

    Model model;
    model.name = "Generated " + std::to_string(componentCount) + "-component system";
    model.description = "Synthetic model for benchmarks (seed " + std::to_string(seed) + ").";
    model.components.reserve(static_cast<size_t>(componentCount));
    model.layout.emplace();
    for (int i = 0; i < componentCount; ++i) {
        Component c;
        c.kind = kinds[pick(std::size(kinds))];
        c.id = std::string(toString(c.kind)) + "-" + std::to_string(i);
        c.name = "Component " + std::to_string(i);
        c.owner = "team-" + std::to_string(pick(40));
        if (c.kind == ComponentKind::Service) {
            c.technology = "Go";
            c.sla = Sla{99.9, double(100 + pick(400)), std::nullopt, double(50 + pick(1000)), {}};
        }
        model.layout->push_back({c.id, double((i % 100) * 200), double((i / 100) * 140), {}});
        model.components.push_back(std::move(c));
    }
    model.integrations.emplace();
    model.integrations->reserve(static_cast<size_t>(integrationCount));
    for (int i = 0; i < integrationCount && componentCount > 1; ++i) {
        Integration in;
        in.id = "link-" + std::to_string(i);
        const int from = pick(componentCount);
        int to = pick(componentCount);
        if (to == from)
            to = (to + 1) % componentCount;
        in.from = model.components[size_t(from)].id;
        in.to = model.components[size_t(to)].id;
        in.pattern = patterns[pick(std::size(patterns))];
        if (in.isSync()) {
            in.timeoutMs = 200 + pick(3000);
            if (in.pattern != Pattern::Database)
                in.operations = std::vector<Operation>{
                    {"getItem" + std::to_string(i), HttpMethod::Get, "/items/{id}", std::nullopt, std::nullopt,
                     std::string("Item"), std::nullopt, std::vector<ErrorCode>{{"404", true}}, {}, {}}};
        } else {
            in.events = std::vector<Event>{{"item.changed" + std::to_string(i), 1, std::string("Item"),
                                            std::string("id"), pick(4) == 0, {}, {}}};
        }
        if (pick(3) == 0) {
            Reliability r;
            r.retry = Retry{3, false, Backoff::Exponential, 100, 2000, 0.2, {}};
            r.idempotency = Idempotency::Key;
            in.reliability = std::move(r);
        }
        if (pick(2) == 0)
            in.security = Security{Auth::Jwt, std::nullopt, std::nullopt, DataClass::Internal, {}};
        model.integrations->push_back(std::move(in));
    }
    SourceNode item = SourceNode::map();
    item.insert("type", SourceNode::scalar("object"));
    SourceNode properties = SourceNode::map();
    SourceNode idType = SourceNode::map();
    idType.insert("type", SourceNode::scalar("string"));
    properties.insert("id", idType);
    item.insert("properties", properties);
    model.schemas = std::vector<Schema>{{"Item", item, {}}};
    return model;
}

} // namespace seam::bench
