using PolicyKB.Search;
using Microsoft.Extensions.Configuration;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Rerank;
using PolicyKB.Search.Translation;
using PolicyKB.Storage;

namespace PolicyKB.Cli;

/// <summary>Opens the knowledge base the way every changing or searching command needs it.</summary>
internal static class CliKnowledgeBase
{
    /// <summary>Opens the data folder as its only writer; fails naming the owner when another process holds it.</summary>
    public static KnowledgeBase Open(CliSettings settings) =>
        WithRerank(KnowledgeBase.Open(settings.Store.DataDirectory, settings.Ingestion, SynonymTable.Load(settings.SynonymsFile), settings.Embeddings(),
            relatedTerms: SynonymTable.Load(settings.RelatedTermsFile), store: settings.Store.Store), settings);

    /// <summary>
    /// Opens the data folder for a command that only reads: as its owner when it is free (indexes are brought up to
    /// date), else read-only beside the process that owns it (readers share; that process's last commit is seen).
    /// </summary>
    public static KnowledgeBase OpenForReading(CliSettings settings)
    {
        try
        {
            return Open(settings);
        }
        catch (DataDirectoryInUseException)
        {
            return WithRerank(KnowledgeBase.OpenReadOnly(settings.Store.DataDirectory, SynonymTable.Load(settings.SynonymsFile), settings.Embeddings(),
                SynonymTable.Load(settings.RelatedTermsFile)), settings);
        }
    }

    /// <summary>Loads the configured rerank stage (PolicyKB:Search:Rerank) and translated-query list (PolicyKB:Search:Translation) into the knowledge base's search.</summary>
    private static KnowledgeBase WithRerank(KnowledgeBase kb, CliSettings settings)
    {
        try
        {
            kb.Search.ConfigureRerank(settings.Configuration.GetSection(RerankOptions.Section).Get<RerankOptions>() ?? new RerankOptions());
            kb.Search.ConfigureTranslation(settings.Configuration.GetSection(TranslationOptions.Section).Get<TranslationOptions>() ?? new TranslationOptions());
            return kb;
        }
        catch
        {
            kb.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The document store alone, for commands that list and show: read-only, so it never writes a folder that a running
    /// host owns, and takes no lock that would stop a host from starting.
    /// </summary>
    public static LiteDbDocumentStore OpenStore(CliSettings settings) => new(settings.Store.DatabasePath, readOnly: true);
}
