export { participantWindows, prepareTerritory, ventilatePrepared, ventilateTerritory } from "./compute";
export type { TerritoryRows, ParticipantReading, PreparedTerritory } from "./compute";
