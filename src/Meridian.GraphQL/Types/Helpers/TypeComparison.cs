namespace Meridian.Types;

/// <summary>Type equality and subtyping (§3.6.1 IsSubType and IsValidImplementationFieldType, graphql-js's typeComparators).</summary>
public static class TypeComparison
{
    /// <summary>The same type: the same named type under the same wrappers.</summary>
    public static bool IsEqualType(IType left, IType right)
    {
        while (true)
        {
            if (ReferenceEquals(left, right))
            {
                return true;
            }

            switch (left)
            {
                case NonNullType leftNonNull when right is NonNullType rightNonNull:
                    left = leftNonNull.NullableType;
                    right = rightNonNull.NullableType;
                    break;
                case ListType leftList when right is ListType rightList:
                    left = leftList.ElementType;
                    right = rightList.ElementType;
                    break;
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// True when a value of <paramref name="maybeSubType"/> is valid where <paramref name="superType"/> is expected:
    /// equal, or covariant through non-null and lists, or an object/interface that declares the interface, or an
    /// object that is a member of the union.
    /// </summary>
    public static bool IsTypeSubTypeOf(IType maybeSubType, IType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is not NonNullType subNonNull)
                {
                    return false;
                }

                maybeSubType = subNonNull.NullableType;
                superType = superNonNull.NullableType;
                continue;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.NullableType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is not ListType subList)
                {
                    return false;
                }

                maybeSubType = subList.ElementType;
                superType = superList.ElementType;
                continue;
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            return IsSubType(maybeSubType, superType);
        }
    }

    /// <summary>§3.6.1 IsSubType between named types.</summary>
    public static bool IsSubType(IType maybeSubType, IType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        return superType switch
        {
            UnionType union => maybeSubType is ObjectType objectType && union.ContainsType(objectType),
            InterfaceType interfaceType => maybeSubType is ComplexOutputType complex && complex.IsImplementing(interfaceType),
            _ => false,
        };
    }

    /// <summary>
    /// True when two composite types can have an object type in common (graphql-js's doTypesOverlap), as validation
    /// needs for fragment spreads.
    /// </summary>
    public static bool DoTypesOverlap(Schema schema, INamedType left, INamedType right)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.IsAbstractType())
        {
            if (right.IsAbstractType())
            {
                var possibleTypes = schema.GetPossibleTypes(left);
                for (var i = 0; i < possibleTypes.Count; i++)
                {
                    if (schema.IsPossibleType(right, possibleTypes[i]))
                    {
                        return true;
                    }
                }

                return false;
            }

            return right is ObjectType rightObject && schema.IsPossibleType(left, rightObject);
        }

        return right.IsAbstractType() && left is ObjectType leftObject && schema.IsPossibleType(right, leftObject);
    }
}
