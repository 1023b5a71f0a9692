export default function CommissionPanel(): null {
  return null;
}
