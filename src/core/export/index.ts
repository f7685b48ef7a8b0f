/** Exports of a design to C4 text formats: Structurizr DSL, C4-PlantUML and Mermaid C4. */
export {
  toC4Model,
  contextRelationships,
  edgeDescription,
  edgeTechnology,
  type C4Model,
  type C4Person,
  type C4System,
  type C4Container,
  type C4ContainerKind,
  type C4Relationship,
  type C4DeploymentNode,
  type C4DeploymentKind,
} from './c4Model';
export { sanitizeId, IdentifierPool } from './identifiers';
export { oneLine, structurizrText, structurizrString, plantUmlText, plantUmlString, mermaidText, mermaidString } from './escape';
export { toStructurizr } from './structurizr';
export { toPlantUml, type PlantUmlView } from './plantuml';
export { toMermaid, type MermaidView } from './mermaid';
