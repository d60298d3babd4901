namespace Meridian.Introspection.Tests;

/// <summary>
/// A schema that uses every kind of type and every introspection feature: objects, interfaces implementing
/// interfaces, unions, enums with deprecated values, input objects (one with @oneOf), custom scalars with
/// @specifiedBy, deprecated fields, arguments and input fields, default values of every literal kind, a repeatable
/// directive, wrapped types nine levels deep, non-default root type names, and descriptions everywhere (block strings,
/// one-line strings, quotes and non-ASCII text), including the schema's own.
/// </summary>
internal static class EveryKindSchema
{
    public const string Sdl =
        """"
        """
        The booking test schema: every kind of type, with descriptions everywhere.
        It spans two lines.
        """
        schema {
          query: BookingQuery
          mutation: BookingMutation
          subscription: BookingSubscription
        }

        "Shows a member only to the listed audiences; may be applied more than once."
        directive @audience(
          "Who sees the member."
          names: [String!]! = ["public"]
        ) repeatable on OBJECT | FIELD_DEFINITION | INTERFACE | ENUM_VALUE

        "Caches a field's value in the client for `maxAge` seconds."
        directive @cached(maxAge: Int = 60, scope: CacheScope = PUBLIC) on FIELD | QUERY

        directive @internalOnly on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | SCHEMA | SCALAR | UNION | ENUM | INPUT_OBJECT

        "A point in time with an offset, as an RFC 3339 string."
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/chillicream/date-time.html")

        """
        An opaque position in a list: pass it back as `after` to read on.
        """
        scalar Cursor

        scalar Duration

        "An object with a globally unique id."
        interface Node {
          "The global id."
          id: ID!
        }

        "A node that records when it was created."
        interface Resource implements Node @audience(names: ["staff"]) {
          id: ID!

          "When the resource was created."
          createdAt: DateTime!
        }

        """
        Someone who offers appointments: a person or a room.

        Providers have "slots" — times that can be booked — in their time zone (e.g. Europe/Zürich).
        """
        type Provider implements Resource & Node @audience @audience(names: ["staff", "admin"]) {
          id: ID!
          createdAt: DateTime!
          name: String!

          "The name shown before 2026."
          displayName: String @deprecated(reason: "Use `name`.")

          "The provider's bookable slots."
          slots(
            "The first day to list."
            from: DateTime!

            "How many slots to return, at most."
            first: Int = 10

            "The filter of the first API version."
            legacyFilter: String @deprecated(reason: "Use `filter`.")

            filter: SlotFilter = {status: [OPEN], window: {days: 7, label: "next week"}}
            after: Cursor
          ): [Slot!]!
          tags(prefix: String = null, limit: Int = -1, weight: Float = 2.5e-3): [String!]! @deprecated
        }

        "A bookable time of a provider."
        type Slot implements Node {
          id: ID!
          startsAt: DateTime!
          length: Duration
          status: SlotStatus!
          provider: Provider!
        }

        "What a search can find."
        union SearchResult = Provider | Slot

        "The state of a slot."
        enum SlotStatus {
          "The slot can be booked."
          OPEN

          "Someone booked the slot."
          BOOKED

          "The earlier name of BOOKED."
          RESERVED @deprecated(reason: "Use `BOOKED`.")
          CLOSED @deprecated @audience(names: ["staff"])
        }

        enum CacheScope {
          PUBLIC
          PRIVATE
        }

        "Narrows a list of slots."
        input SlotFilter {
          "Only slots in these states."
          status: [SlotStatus!] = [OPEN, BOOKED]
          window: TimeWindow

          "Only open slots."
          onlyOpen: Boolean @deprecated(reason: "Use `status`.")
          tags: [[String]] = [["a", "b"], []]

          "A default longer than a line, which printers break over lines."
          providerIds: [ID!] = ["provider-0001", "provider-0002", "provider-0003", "provider-0004", "provider-0005"]
          window2: TimeWindow = {days: 14, hours: 0.25, label: "a label long enough to pass eighty characters", strict: true}
        }

        input TimeWindow {
          days: Int! = 1
          hours: Float = 1.5
          label: String = "default \"quoted\" — ok"
          strict: Boolean = false
        }

        "Finds a provider by exactly one of its keys."
        input ProviderLookup @oneOf {
          id: ID
          email: String
        }

        type BookingQuery {
          "Any node by its id."
          node(id: ID!): Node
          provider(lookup: ProviderLookup!): Provider
          search(text: String! = "", first: Int = 20): [SearchResult!]!
          matrix: [[[Int!]]!]
          deepest: [[[[String!]!]!]!]!
        }

        type BookingMutation {
          "Books a slot; the payload lists what went wrong, if anything."
          bookSlot(input: BookSlotInput!): BookSlotPayload!
        }

        input BookSlotInput {
          slotId: ID!
          note: String
        }

        type BookSlotPayload {
          slot: Slot
          errors: [BookingError!]!
        }

        union BookingError = SlotTakenError | SlotClosedError

        type SlotTakenError {
          message: String!
        }

        type SlotClosedError {
          message: String!
          reopensAt: DateTime
        }

        type BookingSubscription {
          slotChanged(providerId: ID!): Slot!
        }
        """";
}
