using Meridian.Types;

namespace Meridian.GraphQL.Tests.Validation;

/// <summary>
/// The schema §5 uses for its examples (Dog, Cat, Pet, Human, Alien, the OneOf PetInput …), with the additions the
/// section makes along the way folded in (human, pet, catOrDog, arguments, booleanList on Query) and the
/// subscription and list field its counter-examples refer to.
/// </summary>
internal static class SpecExampleSchema
{
    public const string Sdl = """
        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
          human: Human
          pet: Pet
          catOrDog: CatOrDog
          arguments: Arguments
          booleanList(booleanListArg: [Boolean!]): Boolean
        }

        type Mutation {
          addPet(pet: PetInput!): Pet
          addPets(pets: [PetInput!]!): [Pet]
        }

        type Subscription {
          newMessage: Message
          disallowedSecondRootField: Boolean
        }

        type Message {
          body: String
          sender: String
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
        }

        enum CatCommand {
          JUMP
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input FindDogInput {
          name: String
          owner: String
        }

        input CatInput {
          name: String!
          nickname: String
          meowVolume: Int
        }

        input DogInput {
          name: String!
          nickname: String
          barkVolume: Int
        }

        input PetInput @oneOf {
          cat: CatInput
          dog: DogInput
        }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
          nonNullBooleanListField(nonNullBooleanListArg: [Boolean]!): [Boolean]
        }
        """;

    public static Schema Schema { get; } = ValidationAssert.BuildSchema(Sdl);
}
