#pragma once
// The two graph shapes that make a naive lint slow, shared by the lint tests
// (what lint reports on them) and lint_bench (how long it takes).

#include "model/model.h"

#include <string>
#include <vector>

namespace seam::synthetic {

// n components in one synchronous chain c0 → c1 → … with a cycle c(n-1) ⇄ c(n-2)
// at the far end: recursion would overflow the stack, a quadratic walk takes minutes.
inline Model longSyncChain(int n)
{
    Model model;
    model.name = "long";
    std::vector<Integration> edges;
    auto call = [](std::string id, std::string from, std::string to, Pattern pattern) {
        Integration edge;
        edge.id = std::move(id);
        edge.from = std::move(from);
        edge.to = std::move(to);
        edge.pattern = pattern;
        edge.timeoutMs = 100;
        edge.operations = std::vector<Operation> {Operation {}};
        edge.operations->front().name = "op";
        return edge;
    };
    for (int i = 0; i < n; ++i) {
        Component component;
        component.id = "c" + std::to_string(i);
        component.mark = {i + 1, 1};
        model.components.push_back(component);
        if (i > 0)
            edges.push_back(call("e" + std::to_string(i), "c" + std::to_string(i - 1), component.id, Pattern::Rest));
    }
    edges.push_back(call("back", "c" + std::to_string(n - 1), "c" + std::to_string(n - 2), Pattern::Grpc));
    model.integrations = edges;
    return model;
}

// n producers of critical events into one topic `bus`, n consumers without
// idempotency: each consumer carries every producer's events.
inline Model busyTopic(int n)
{
    Model model;
    model.name = "busy";
    Component topic;
    topic.id = "bus";
    topic.kind = ComponentKind::Topic;
    model.components.push_back(topic);
    model.integrations.emplace();
    for (int i = 0; i < n; ++i) {
        Component producer;
        producer.id = "p" + std::to_string(i);
        Component consumer;
        consumer.id = "c" + std::to_string(i);
        model.components.push_back(producer);
        model.components.push_back(consumer);
        Integration publish;
        publish.id = "publish" + std::to_string(i);
        publish.from = producer.id;
        publish.to = "bus";
        publish.pattern = Pattern::Pubsub;
        publish.events = std::vector<Event>(1);
        publish.events->front().name = "e" + std::to_string(i);
        publish.events->front().version = 1;
        publish.events->front().critical = true;
        model.integrations->push_back(publish);
        Integration consume;
        consume.id = "consume" + std::to_string(i);
        consume.from = "bus";
        consume.to = consumer.id;
        consume.pattern = Pattern::Pubsub;
        consume.reliability = Reliability {};
        consume.reliability->deadLetter = DeadLetter {true, {}, {}, {}};
        model.integrations->push_back(consume);
    }
    return model;
}

} // namespace seam::synthetic
