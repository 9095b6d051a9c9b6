using System.ComponentModel.DataAnnotations;

namespace PolicyKB.Storage;

/// <summary>Where PolicyKB keeps its data (section "PolicyKB" of appsettings.json).</summary>
public sealed class StoreOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "PolicyKB";

    /// <summary>Data directory holding the LiteDB file and the search indexes; relative paths resolve against the app's base.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>File name of the LiteDB database inside <see cref="DataDirectory"/>.</summary>
    [Required]
    public string DatabaseFile { get; set; } = "policykb.db";

    /// <summary>Which engine holds the documents ("PolicyKB:Store"): the embedded LiteDB file (default) or a shared PostgreSQL.</summary>
    public StoreProviderOptions Store { get; set; } = new();

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, DatabaseFile);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => Store.Validate();
}
