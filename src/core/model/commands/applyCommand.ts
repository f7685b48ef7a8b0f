import type { Design } from '../types';
import { applySequence } from './cascade';
import { addCustomType, removeCustomType, updateCustomType } from './customTypeCommands';
import { addDecision, removeDecision, updateDecision } from './decisionCommands';
import { setBoxes, updateDesign } from './designCommands';
import { addEdge, removeEdge, updateEdge } from './edgeCommands';
import { addGroup, removeGroup, updateGroup } from './groupCommands';
import { addNode, removeNode, updateNode } from './nodeCommands';
import type { Command } from './types';

export interface Applied {
  design: Design;
  /** The command that takes the new design back to the old one. */
  inverse: Command;
}

/**
 * Applies one command to a design, purely: the input is never mutated. Throws a CommandError
 * when the command does not fit the design; the design returned is always valid.
 */
export function applyCommand(design: Design, command: Command): Applied {
  switch (command.op) {
    case 'add-node':
      return addNode(design, command.node, command.box, command.index);
    case 'remove-node':
      return removeNode(design, command.id, applyCommand);
    case 'update-node':
      return updateNode(design, command.id, command.patch);
    case 'add-edge':
      return addEdge(design, command.edge, command.index);
    case 'remove-edge':
      return removeEdge(design, command.id, applyCommand);
    case 'update-edge':
      return updateEdge(design, command.id, command.patch);
    case 'add-group':
      return addGroup(design, command.group, command.box, command.index);
    case 'remove-group':
      return removeGroup(design, command.id, applyCommand);
    case 'update-group':
      return updateGroup(design, command.id, command.patch);
    case 'set-boxes':
      return setBoxes(design, command.boxes);
    case 'update-design':
      return updateDesign(design, command.patch);
    case 'add-decision':
      return addDecision(design, command.decision, command.index);
    case 'remove-decision':
      return removeDecision(design, command.id, applyCommand);
    case 'update-decision':
      return updateDecision(design, command.id, command.patch);
    case 'add-custom-type':
      return addCustomType(design, command.type, command.index);
    case 'remove-custom-type':
      return removeCustomType(design, command.id);
    case 'update-custom-type':
      return updateCustomType(design, command.id, command.patch);
    case 'batch':
      return applySequence(design, command.commands, applyCommand);
  }
}
