using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace PolicyKB.Answering.Llm;

/// <summary>Checks <see cref="ChatOptions"/> at host start with its Vietnamese messages (one per problem).</summary>
internal sealed class ChatOptionsValidator : IValidateOptions<ChatOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatOptions options)
    {
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(results.Select(r => r.ErrorMessage ?? ChatOptions.Section));
    }
}
