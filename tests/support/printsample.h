// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bagalau {
class ServiceContext;
}

namespace bagalau::test {

// A small apparatus whose first quarter of 2024 has every form to print, written as the chief
// specialist through the services where they exist and as rows where they do not yet:
//   001 Жусупова Айгуль, head of the apparatus: a plan of 3 KCI, a signed KCI sheet 5, 4, 4 → 4,33;
//   002 Ахметов Серик, corps B under 001: ranking 5, 4, 4, 4 → 4,25, acquainted 15.04.2024;
//   003 Ким Елена, corps B under 001: ranking 3, 3, 4, 3 → 3,25.
// The organisation: «Аппарат маслихата района Акжар» / «Ақжар ауданы мәслихатының аппараты».
void fillPrintSample(const ServiceContext &chief);

} // namespace bagalau::test
