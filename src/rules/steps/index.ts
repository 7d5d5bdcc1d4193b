import { admissionSteps } from './aanmelden';
import { supportSteps } from './ondersteuning';
import { homeSteps } from './thuiszitten';
import { tlvSteps } from './tlv';
import { disputeSteps } from './geschil';
import { informationSteps } from './informatie';
import type { StepRule } from './types';

/**
 * Every step of the plan, one list in the order of the brochure's situations (aanmelden, support and the OPP, thuiszitten,
 * the TLV, disagreement, information and the rest). The plan orders its steps by src/rules/order.ts; where two rank the
 * same, this order holds.
 */
export const stepRules: readonly StepRule[] = [...admissionSteps, ...supportSteps, ...homeSteps, ...tlvSteps, ...disputeSteps, ...informationSteps];
