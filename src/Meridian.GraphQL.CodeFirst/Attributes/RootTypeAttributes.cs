namespace Meridian.CodeFirst;

/// <summary>Adds the public members of a class (static or instance) to the query root type; several classes merge.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class QueryTypeAttribute : Attribute;

/// <summary>Adds the public members of a class (static or instance) to the mutation root type; several classes merge.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MutationTypeAttribute : Attribute;

/// <summary>Adds the public members of a class (static or instance) to the subscription root type; several classes merge.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SubscriptionTypeAttribute : Attribute;
