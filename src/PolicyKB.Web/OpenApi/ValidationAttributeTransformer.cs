using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PolicyKB.Web.OpenApi;

/// <summary>
/// Writes the rules the endpoints enforce into the OpenAPI document, from the data annotations on parameters and
/// request properties: <see cref="RequiredAttribute"/> makes the input required, <see cref="RangeAttribute"/> sets
/// minimum and maximum, <see cref="AllowedValuesAttribute"/> an <c>enum</c>. The annotations document; the
/// endpoints keep their own checks, which answer in Vietnamese.
/// </summary>
public sealed class ValidationAttributeTransformer : IOpenApiOperationTransformer, IOpenApiSchemaTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var description in context.Description.ParameterDescriptions)
        {
            if (description.ParameterDescriptor is not IParameterInfoParameterDescriptor { ParameterInfo: { } info }) continue;
            var parameter = operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == description.Name);
            if (parameter is null) continue;
            var attributes = info.GetCustomAttributes(inherit: true).OfType<ValidationAttribute>().ToList();
            if (attributes.OfType<RequiredAttribute>().Any()) parameter.Required = true;
            if (parameter.Schema is OpenApiSchema schema) Apply(schema, attributes);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Properties is null) return Task.CompletedTask;
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (property.AttributeProvider is not MemberInfo member) continue;
            if (!schema.Properties.TryGetValue(property.Name, out var target) || target is not OpenApiSchema propertySchema) continue;
            var attributes = member.GetCustomAttributes(inherit: true).OfType<ValidationAttribute>().ToList();
            if (attributes.OfType<RequiredAttribute>().Any())
            {
                schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
                schema.Required.Add(property.Name);
                // A required text is never null.
                if (propertySchema.Type is { } type) propertySchema.Type = type & ~JsonSchemaType.Null;
                propertySchema.MinLength ??= 1;
            }
            Apply(propertySchema, attributes);
        }
        return Task.CompletedTask;
    }

    private static void Apply(OpenApiSchema schema, IReadOnlyList<ValidationAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            switch (attribute)
            {
                case RangeAttribute range:
                    schema.Minimum = Convert.ToString(range.Minimum, CultureInfo.InvariantCulture);
                    schema.Maximum = Convert.ToString(range.Maximum, CultureInfo.InvariantCulture);
                    break;
                case AllowedValuesAttribute allowed:
                    schema.Enum = [.. allowed.Values.Select(v => v is null ? JsonNullSentinel.JsonNull : JsonValue.Create(v.ToString()!))];
                    // An optional property left out is sent as null.
                    if (schema.Type?.HasFlag(JsonSchemaType.Null) == true) schema.Enum.Add(JsonNullSentinel.JsonNull);
                    break;
                case MaxLengthAttribute max when schema.Type?.HasFlag(JsonSchemaType.String) == true:
                    schema.MaxLength = max.Length;
                    break;
                case RequiredAttribute when schema.Type == JsonSchemaType.String:
                    schema.MinLength ??= 1;
                    break;
            }
        }
    }
}
