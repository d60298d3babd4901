namespace Meridian.Language;

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
