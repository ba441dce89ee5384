#pragma once
// Generated models of any size, reproducible from a seed, for tests, benchmarks and the
// editor's --bench-drag. One home, so every measurement is taken on the same kind of model.

#include "model/model.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>

namespace seam::synthetic {

// A realistic-looking system for load, lint and export figures: a mix of kinds and
// patterns, owners, SLAs, operations, events, reliability and security settings, a layout.
inline Model serviceMesh(int componentCount, int integrationCount, unsigned seed = 42)
{
    std::mt19937 random(seed);
    auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    constexpr ComponentKind kinds[]
        = {ComponentKind::Service, ComponentKind::Service, ComponentKind::Service, ComponentKind::Database,
           ComponentKind::Cache,   ComponentKind::Queue,   ComponentKind::Topic,   ComponentKind::Gateway,
           ComponentKind::Client,  ComponentKind::External};
    constexpr Pattern patterns[]
        = {Pattern::Rest,   Pattern::Rest,   Pattern::Grpc,    Pattern::Graphql, Pattern::Queue,
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
            c.sla = Sla {99.9, double(100 + pick(400)), std::nullopt, double(50 + pick(1000)), {}};
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
            if (in.pattern != Pattern::Database) {
                Operation operation;
                operation.name = "getItem" + std::to_string(i);
                operation.method = HttpMethod::Get;
                operation.path = "/items/{id}";
                operation.response = "Item";
                operation.errors = std::vector<ErrorCode> {{"404", true}};
                in.operations = std::vector<Operation> {std::move(operation)};
            }
        } else {
            Event event;
            event.name = "item.changed" + std::to_string(i);
            event.version = 1;
            event.payload = "Item";
            event.key = "id";
            event.critical = pick(4) == 0;
            in.events = std::vector<Event> {std::move(event)};
        }
        if (pick(3) == 0) {
            Reliability r;
            r.retry = Retry {3, false, Backoff::Exponential, 100, 2000, 0.2, {}};
            r.idempotency = Idempotency::Key;
            in.reliability = std::move(r);
        }
        if (pick(2) == 0)
            in.security = Security {Auth::Jwt, std::nullopt, std::nullopt, DataClass::Internal, {}};
        model.integrations->push_back(std::move(in));
    }
    SourceNode item = SourceNode::map();
    item.insert("type", SourceNode::scalar("object"));
    SourceNode properties = SourceNode::map();
    SourceNode idType = SourceNode::map();
    idType.insert("type", SourceNode::scalar("string"));
    properties.insert("id", idType);
    item.insert("properties", properties);
    model.schemas = std::vector<Schema> {{"Item", item, {}}};
    return model;
}

// A bare graph for layout tests: components c0…cN-1 of every kind (no layout), and
// `perComponent` integrations leaving each one towards pseudo-random others.
inline Model layoutGraph(int components, int perComponent = 3, std::uint32_t seed = 12345)
{
    static const ComponentKind kinds[]
        = {ComponentKind::Service,  ComponentKind::Service, ComponentKind::Database, ComponentKind::Topic,
           ComponentKind::Queue,    ComponentKind::Cache,   ComponentKind::Service,  ComponentKind::Gateway,
           ComponentKind::External, ComponentKind::Client};
    static const Pattern patterns[]
        = {Pattern::Rest, Pattern::Grpc, Pattern::Pubsub, Pattern::Queue, Pattern::Database, Pattern::Webhook};
    Model model;
    model.name = "Synthetic " + std::to_string(components);
    for (int i = 0; i < components; ++i) {
        Component c;
        c.id = "c" + std::to_string(i);
        c.name = "Component " + std::to_string(i);
        c.kind = kinds[i % 10];
        model.components.push_back(std::move(c));
    }
    std::uint32_t state = seed;
    auto next = [&state]() {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    std::vector<Integration> integrations;
    if (components > 1) {
        for (int i = 0; i < components; ++i)
            for (int k = 0; k < perComponent; ++k) {
                Integration in;
                in.id = "i" + std::to_string(i) + "-" + std::to_string(k);
                in.from = "c" + std::to_string(i);
                int to = int(next() % std::uint32_t(components));
                if (to == i)
                    to = (i + 1) % components;
                in.to = "c" + std::to_string(to);
                in.pattern = patterns[next() % 6];
                integrations.push_back(std::move(in));
            }
    }
    model.integrations = std::move(integrations);
    return model;
}

// Cards on a square grid whose integrations run mostly between neighbours, as in real
// systems, so a drag redraws arrows of realistic length (the editor's --bench-drag).
inline Model neighbourGrid(int components, int integrations, unsigned seed = 42)
{
    static const ComponentKind kinds[]
        = {ComponentKind::Service, ComponentKind::Service, ComponentKind::Service, ComponentKind::Database,
           ComponentKind::Queue,   ComponentKind::Topic,   ComponentKind::Gateway, ComponentKind::Cache};
    static const Pattern patterns[] = {Pattern::Rest,     Pattern::Grpc,    Pattern::Queue,  Pattern::Pubsub,
                                       Pattern::Database, Pattern::Graphql, Pattern::Stream, Pattern::Webhook};
    std::mt19937 random(seed);
    auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    const int columns = std::max(1, int(std::sqrt(double(components))));
    Model model;
    model.name = "Drag benchmark";
    model.layout.emplace();
    for (int i = 0; i < components; ++i) {
        Component c;
        c.id = "c" + std::to_string(i);
        c.name = "Component " + std::to_string(i);
        c.kind = kinds[pick(8)];
        c.owner = "team-" + std::to_string(i % 17);
        model.layout->push_back({c.id, double((i % columns) * 260), double((i / columns) * 150), {}});
        model.components.push_back(std::move(c));
    }
    model.integrations.emplace();
    for (int i = 0; i < integrations && components > 1; ++i) {
        const int from = pick(components);
        int to = from + (pick(2) ? 1 : columns) * (pick(2) ? 1 : -1) + pick(3) - 1;
        to = std::clamp(to, 0, components - 1);
        if (to == from)
            to = (from + 1) % components;
        Integration in;
        in.id = "i" + std::to_string(i);
        in.from = "c" + std::to_string(from);
        in.to = "c" + std::to_string(to);
        in.pattern = patterns[pick(8)];
        model.integrations->push_back(std::move(in));
    }
    return model;
}

} // namespace seam::synthetic
