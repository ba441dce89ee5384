#include "descriptorsummary.h"

#include <google/protobuf/descriptor.pb.h>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace seam::testing {

namespace {

namespace pb = google::protobuf;

std::string options(const pb::Message &message)
{
    const std::string text = message.ShortDebugString();
    return text.empty() ? std::string() : " options={" + text + "}";
}

void addEnum(const pb::EnumDescriptorProto &enumType, const std::string &scope, std::vector<std::string> &lines)
{
    const std::string name = scope + "." + enumType.name();
    lines.push_back("enum " + name + options(enumType.options()));
    for (const auto &value : enumType.value())
        lines.push_back("enum-value " + name + "." + value.name() + " = " + std::to_string(value.number())
                        + options(value.options()));
    for (const auto &range : enumType.reserved_range())
        lines.push_back("enum-reserved " + name + " " + std::to_string(range.start()) + ".."
                        + std::to_string(range.end()));
    for (const auto &reserved : enumType.reserved_name())
        lines.push_back("enum-reserved " + name + " \"" + reserved + "\"");
}

void addMessage(const pb::DescriptorProto &message, const std::string &scope, std::vector<std::string> &lines)
{
    const std::string name = scope + "." + message.name();
    lines.push_back("message " + name + options(message.options()));
    for (const auto &field : message.field()) {
        std::string line = "field " + name + "." + field.name() + " = " + std::to_string(field.number()) + " "
            + pb::FieldDescriptorProto::Label_Name(field.label()) + " "
            + pb::FieldDescriptorProto::Type_Name(field.type());
        if (!field.type_name().empty())
            line += " " + field.type_name();
        if (field.has_oneof_index())
            line += " oneof=" + message.oneof_decl(field.oneof_index()).name();
        if (field.proto3_optional())
            line += " proto3_optional";
        line += " json=" + field.json_name() + options(field.options());
        lines.push_back(line);
    }
    for (const auto &range : message.reserved_range())
        lines.push_back("reserved " + name + " " + std::to_string(range.start()) + ".." + std::to_string(range.end()));
    for (const auto &reserved : message.reserved_name())
        lines.push_back("reserved " + name + " \"" + reserved + "\"");
    for (const auto &nested : message.nested_type())
        addMessage(nested, name, lines);
    for (const auto &nested : message.enum_type())
        addEnum(nested, name, lines);
}

} // namespace

bool descriptorSummary(const std::string &descriptorSetPath, std::vector<std::string> &lines, std::string &error)
{
    std::ifstream in(descriptorSetPath, std::ios::binary);
    pb::FileDescriptorSet set;
    if (!in || !set.ParseFromIstream(&in)) {
        error = descriptorSetPath + ": not a serialized FileDescriptorSet";
        return false;
    }
    for (const pb::FileDescriptorProto &file : set.file()) {
        if (file.package() == "google.protobuf")
            continue;
        const std::string scope = file.package().empty() ? "" : "." + file.package();
        lines.push_back("package " + file.package() + " syntax=" + file.syntax());
        for (const auto &service : file.service()) {
            const std::string name = scope + "." + service.name();
            lines.push_back("service " + name + options(service.options()));
            for (const auto &method : service.method())
                lines.push_back("rpc " + name + "." + method.name() + "(" + (method.client_streaming() ? "stream " : "")
                                + method.input_type() + ") returns (" + (method.server_streaming() ? "stream " : "")
                                + method.output_type() + ")" + options(method.options()));
        }
        for (const auto &message : file.message_type())
            addMessage(message, scope, lines);
        for (const auto &enumType : file.enum_type())
            addEnum(enumType, scope, lines);
    }
    std::sort(lines.begin(), lines.end());
    // A package cut into several files is one package: its line once.
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    return true;
}

std::string summaryDifference(const std::vector<std::string> &expected, const std::vector<std::string> &actual)
{
    std::vector<std::string> missing, extra;
    std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(), std::back_inserter(missing));
    std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(), std::back_inserter(extra));
    std::string out;
    for (const std::string &line : missing)
        out += "- " + line + "\n";
    for (const std::string &line : extra)
        out += "+ " + line + "\n";
    return out;
}

} // namespace seam::testing
