using System.ComponentModel.DataAnnotations;

namespace PolicyKB.Web.OpenApi;

/// <summary>
/// The values a string parameter or property accepts are the names of <typeparamref name="TEnum"/>, as the API
/// writes them (lower case). Documents the closed set in the OpenAPI document (<see cref="ValidationAttributeTransformer"/>);
/// the endpoint still checks the value itself and answers a wrong one with a Vietnamese 400.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class EnumValuesAttribute<TEnum>() : AllowedValuesAttribute([.. ClosedValueSets.Lowercase<TEnum>()])
    where TEnum : struct, Enum;
