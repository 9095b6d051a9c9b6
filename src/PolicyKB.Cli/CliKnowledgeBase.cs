using PolicyKB.Search;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Cli;

/// <summary>Opens the knowledge base the way every changing or searching command needs it.</summary>
internal static class CliKnowledgeBase
{
    public static KnowledgeBase Open(CliSettings settings) =>
        KnowledgeBase.Open(settings.Store.DataDirectory, settings.Ingestion, SynonymTable.Load(settings.SynonymsFile), settings.Embeddings(),
            relatedTerms: SynonymTable.Load(settings.RelatedTermsFile));
}
