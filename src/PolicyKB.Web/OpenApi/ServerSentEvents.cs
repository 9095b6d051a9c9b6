using System.Text.Json.Nodes;

namespace PolicyKB.Web.OpenApi;

/// <summary>
/// Endpoint metadata describing a server-sent event stream for <see cref="ServerSentEventsTransformer"/>: the event
/// names in the order they come, each with the type of its JSON data.
/// </summary>
/// <param name="Description">What the stream carries, for the response's description.</param>
/// <param name="Payloads">Event name → type of its data, in order.</param>
/// <param name="Example">One message as {event, data}.</param>
public sealed record ServerSentEvents(string Description, IReadOnlyList<(string Event, Type Data)> Payloads, JsonObject? Example = null);
