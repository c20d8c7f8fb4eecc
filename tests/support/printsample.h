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

// After fillPrintSample: the forms of the year and of the appeals, written as rows:
//   the 360 survey of 2024 about 002: four others and the self-assessment; «сотрудничество»
//   4,25, the least expressed «управление изменениями» 2,50, «оперативность» 3,00,
//   «саморазвитие» 3,25; the rest 4,50; self 5 everywhere;
//   application 1 on 003's sheet (3,25), session protocol № 1 of 26.04.2024: proposal 4,00 voted
//   for, for, against → adopted; feedback meeting 02.05.2024;
//   Commission meeting 1 (protocol № 3, 20.01.2023): chair, two members present, the
//   secretary; 002's chapter-6 plan of 2022, 4 KCI achieved, revised to «effective».
void fillProtocolSample(const ServiceContext &chief);

} // namespace bagalau::test
