import type { Source } from './schema';

/**
 * Where catalog figures come from: the source list of the team's domain reference
 * (shared/DOMAIN.md), by its ids, plus our own estimates, which are marked as such.
 */
export const SOURCES: readonly Source[] = [
  { id: 'S10', title: 'AWS API Gateway developer guide, request throttling' },
  { id: 'S13', title: 'Amazon SQS developer guide, dead-letter queues' },
  { id: 'S14', title: 'NVIDIA Triton Inference Server docs, user guide: batcher' },
  { id: 'S15', title: 'AWS Lambda docs: SnapStart; execution environments' },
  { id: 'S25', title: 'AWS whitepaper “Fault Isolation Boundaries”, Availability Zones' },
  { id: 'S27', title: 'Azure Architecture Center availability table; A. Ewerlöf, composite SLO (2024)' },
  { id: 'S28', title: 'gist josephmisiti/10312241, EC2 inter-AZ ping (2014) (EST)' },
  { id: 'S29', title: 'J. Dean & L. A. Barroso, “The Tail at Scale”, CACM 2013' },
  { id: 'S30', title: 'J. Little, “A Proof for the Queuing Formula: L = λW”, 1961' },
  { id: 'S31', title: 'J. Rao, “How to choose the number of topics/partitions in a Kafka cluster?”, confluent.io' },
  { id: 'S32', title: 'Manning “Kafka for Architects” §2.3; Conduktor acks guide' },
  { id: 'S33', title: 'Public repositories quoting instances.vantage.sh / AWS pricing, verified 2026-03-22 (EST)' },
  { id: 'S34', title: 'factualminds.com, EC2 on-demand pricing, 17 Jun 2026' },
  { id: 'S35', title: 'usage.ai, June 2025 AWS GPU price cuts' },
  { id: 'S36', title: 'deploybase.ai cloud GPU comparisons, 2026 (EST)' },
  { id: 'S37', title: 'Public repositories quoting aws.amazon.com/msk/pricing (EST)' },
  { id: 'S38', title: 'finout.io cloud storage pricing comparison, 2026 (EST)' },
  { id: 'S39', title: 'aws.amazon.com/ec2/spot/pricing' },
  { id: 'S40', title: 'Google Cloud docs: Spot VMs; resource-based committed use discounts' },
  { id: 'S41', title: 'Azure VM pricing summary (api-evangelist, from azure.microsoft.com) (EST)' },
  { id: 'S42', title: 'amnic.com summary of AWS EC2 purchase options' },
  {
    id: 'S91',
    title: 'Amazon MSK developer guide, “Best practices for Standard brokers”: partitions per broker (docs.aws.amazon.com/msk)',
  },
  {
    id: 'S90',
    title: 'ArchLab team estimate from the providers’ public list prices; verify before quoting',
  },
];
