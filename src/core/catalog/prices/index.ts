import type { Currency, Provider } from '../../model/vocabulary';
import type { Discount, ExchangeRate, InstanceType, UnitPrice } from '../schema';
import { DISCOUNTS } from './discounts';
import { EXCHANGE_RATES } from './exchangeRates';
import { INSTANCE_TYPES } from './instances';
import { UNIT_PRICES } from './unitPrices';

/**
 * The dated, sourced price tables: instance types, unit prices of managed services, discounts,
 * and the exchange rates that turn their US dollars into the design's currency.
 */
export { DISCOUNTS, EXCHANGE_RATES, INSTANCE_TYPES, UNIT_PRICES };

const instancesById = new Map(INSTANCE_TYPES.map((instance) => [instance.id, instance]));
const unitPricesByKey = new Map(UNIT_PRICES.map((price) => [price.key, price]));
const discountsByProvider = new Map(DISCOUNTS.map((discount) => [discount.provider, discount]));
const ratesByCurrency = new Map(EXCHANGE_RATES.map((rate) => [rate.currency, rate]));

/** An instance type by its id (`aws:g5.xlarge`). */
export function getInstanceType(id: string): InstanceType | undefined {
  return instancesById.get(id);
}

/** A managed service's unit price by its key (`object-storage-gb-month`). */
export function getUnitPrice(key: string): UnitPrice | undefined {
  return unitPricesByKey.get(key);
}

/** A provider's typical spot and commitment discounts. */
export function getDiscount(provider: Provider): Discount | undefined {
  return discountsByProvider.get(provider);
}

/** What one US dollar is worth in a currency, with its source and date. */
export function getExchangeRate(currency: Currency): ExchangeRate | undefined {
  return ratesByCurrency.get(currency);
}
