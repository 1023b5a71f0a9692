export { participantWindows, ventilateTerritory } from "./compute";
export type { TerritoryRows, ParticipantReading } from "./compute";
