"""dev17 texts: texts with numbers but no figure; figures among dates, ages, distances and money."""

from figset import F

# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "UN launches $4.2 billion appeal for Sudan",
    "The United Nations launched a {{$4.2 billion}} appeal for Sudan on {{February 17, 2025}}, the largest ever for the country. "
    "Last year's appeal was only about {{60 percent}} funded, OCHA said, and the lean season begins in {{June}}.",
)

F(
    "Gaza ceasefire to take effect Sunday morning",
    "The ceasefire between Israel and Hamas will take effect at {{8:30 a.m.}} local time on Sunday, Qatar's foreign ministry said. "
    "The first phase is meant to last {{42 days}}, and talks on a {{second}} phase are due to begin by the {{16th day}}.",
)

F(
    "Ukraine: EU approves 14th sanctions package",
    "EU ambassadors approved a {{14th}} package of sanctions against Russia on {{June 20, 2024}}, targeting liquefied natural gas for the first time. "
    "The bloc has frozen about {{EUR 210 billion}} of Russian central bank assets since {{2022}}.",
)

F(
    "Colombia marks anniversary of FARC peace accord",
    "Colombia marked {{eight years}} since the signing of the peace accord with the FARC on {{November 24}}. "
    "The agreement, signed in Havana and Bogota in {{2016}}, ended a conflict that lasted more than {{50 years}}, and its implementation is only {{32%}} complete, a university monitor said.",
)

F(
    "Nigeria raises defence budget for 2025",
    "Nigeria's defence and security allocation in the {{2025}} budget rose to {{N4.91 trillion}}, up from {{N3.25 trillion}}, the budget office said. "
    "The budget was signed into law on {{February 28}}, {{two months}} later than planned.",
)

F(
    "Mali: junta postpones return to civilian rule",
    "Mali's military government postponed elections planned for {{February 2024}} indefinitely, citing technical reasons. "
    "The colonels, who seized power in {{August 2020}} and again in {{May 2021}}, had promised a {{24-month}} transition.",
)

F(
    "Yemen truce extended for two more months",
    "Yemen's warring parties agreed to extend a UN-brokered truce by {{two months}} from {{June 2}}, the UN envoy said. "
    "Under the truce, commercial flights between Sanaa and Amman resumed for the first time since {{2016}}.",
)

F(
    "Iraq: Mosul's al-Nuri mosque reopens after reconstruction",
    "The al-Nuri mosque in Mosul, destroyed in {{2017}}, reopened on {{September 1}} after a {{$50 million}} reconstruction funded by the UAE. "
    "Its leaning minaret, first built in the {{12th century}}, was rebuilt to a height of {{45 metres}}.",
)

F(
    "Syria: new president sworn in for five-year transition",
    "Syria's interim president signed a constitutional declaration on {{March 13, 2025}} setting a {{five-year}} transitional period. "
    "The previous constitution, adopted in {{2012}}, was suspended, and a {{third}} of the new assembly will be appointed by the president.",
)

F(
    "Israel: reservist call-up extended",
    "Israel's cabinet extended the emergency call-up order for reservists until {{the end of 2024}}, raising the maximum age of service to {{45}} for officers. "
    "Reservists have served an average of {{136 days}} since the war began, the army said.",
)

F(
    "Ethiopia and Eritrea: border tension raises fears",
    'Tensions between Ethiopia and Eritrea have risen since Prime Minister Abiy Ahmed said in {{October 2023}} that access to the Red Sea was an "existential" matter. '
    "Eritrea, which won independence in {{1993}}, fought a war with Ethiopia from {{1998 to 2000}}.",
)

F(
    "Somalia joins UN Security Council",
    "Somalia took up a {{two-year}} seat on the UN Security Council on {{January 1, 2025}}, for the {{first}} time since {{1971-72}}. "
    "The council's mandate for the AU mission, AUSSOM, runs for {{12 months}}.",
)

F(
    "Myanmar: military extends emergency rule for fourth time",
    "Myanmar's military extended the state of emergency by another {{six months}} on {{Wednesday}}, the {{fourth}} extension since the {{February 1, 2021}} coup. "
    "Elections are now planned for {{December 2025}}.",
)

F(
    "Kenya to lead Haiti mission, court challenge rejected",
    "Kenya's High Court on {{Friday}} dismissed a petition against the deployment of police to Haiti, {{ten months}} after first blocking it. "
    "The mission was approved by UN {{Resolution 2699}} in {{October 2023}} with an annual budget of about {{$600 million}}.",
)

F(
    "Afghanistan: Taliban ban on women's education enters third year",
    "Girls in Afghanistan above grade {{six}} have been barred from school for more than {{1,000 days}}, UNICEF said. "
    "The Taliban returned to power on {{August 15, 2021}}, and universities were closed to women in {{December 2022}}.",
)

F(
    "Pakistan: court sentences ex-PM to 14 years",
    "A Pakistani court sentenced former prime minister Imran Khan, {{72}}, to {{14 years}} in prison on {{January 17}} in a corruption case, his {{fourth}} conviction. "
    "His wife received {{seven years}}, and the couple were fined {{1 million rupees}}.",
)

F(
    "Ukraine war enters fourth year",
    "Russia's full-scale invasion of Ukraine entered its {{fourth}} year on {{February 24, 2025}}. "
    "Russian forces occupy about {{18%}} of Ukraine's territory, roughly {{113,000 square kilometres}}, and the front line runs for more than {{1,000 km}}.",
)

F(
    "DRC, Rwanda sign peace deal in Washington",
    "The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on {{June 27, 2025}}, to be implemented within {{90 days}}. "
    "Rwanda has been accused of backing the {{M23}} rebellion since {{2021}}.",
)

F(
    "Lebanon: ceasefire gives Israel 60 days to withdraw",
    "The ceasefire that took effect at {{4 a.m.}} on {{November 27}} gives Israeli forces {{60 days}} to withdraw from southern Lebanon. "
    "The Lebanese army is to deploy south of the Litani river, about {{30 km}} from the border, under {{Resolution 1701}} of {{2006}}.",
)

F(
    "Sahel states quit ECOWAS",
    "Mali, Burkina Faso and Niger formally left the West African bloc ECOWAS on {{January 29, 2025}}, {{one year}} after announcing their withdrawal. "
    "The juntas formed the Alliance of Sahel States in {{September 2023}} and plan to introduce a common passport by {{2026}}.",
)


# ---------------------------------------------------------------- figures among dates, ages, distances and money

F(
    "Nigeria: kidnappers demand ransom for 15 travellers in Kogi",
    "Gunmen abducted [[15 passengers|kidnapped;a=police]] from a bus on the Lokoja-Abuja highway, about {{40 km}} from Lokoja, at around {{7 p.m.}} on {{Sunday}}, police said. "
    "The kidnappers have demanded a ransom of {{N100 million}}, relatives said, and a {{62-year-old}} pastor among the passengers was one of [[two people|injured;a=relatives]] shot during the attack.",
)

F(
    "Burkina Faso: Djibo under blockade for 20 months",
    "[[About 300,000 people|civilians;a=aid groups]] in Djibo have lived under a jihadist blockade for {{20 months}}, aid groups said, with food brought in only by helicopter or by escorted convoys of [[up to 150 trucks|aid;a=aid groups]]. "
    "Prices of millet have risen by {{200%}} since {{2022}}.",
)

F(
    "Syria: 1,500 families return to villages near Idlib after front line moves",
    "[[About 1,500 families|returned;a=the Syria Response Coordination Group]] went back to villages south of Idlib in the {{first week of December}}, the Syria Response Coordination Group said, after the front line moved some {{30 km}} south. "
    "[[More than 60,000 people|displaced;a=the group;alt=the Syria Response Coordination Group]] are still in [[over 1,000 camps|capacity;a=the group;alt=the Syria Response Coordination Group]] near the Turkish border, the group said.",
)

F(
    "Ethiopia: Tigray camp for 70,000 built for 20,000",
    "A camp for displaced people in Mekelle built for [[20,000|capacity;a=camp managers]] now holds [[nearly 70,000|displaced;a=camp managers]], camp managers said on {{March 3}}. "
    "Families of {{five to seven people}} share a single tent of {{16 square metres}}, and there are [[42 latrines|aid]] for the whole camp.",
)

F(
    "Lebanon: schools turned into shelters delay term",
    "[[About 600 public schools|capacity;a=the Education Ministry]] are being used as shelters for people displaced by Israeli strikes, the Education Ministry said, delaying the start of the school year to {{November 4}}. "
    "[[Some 190,000 displaced people|displaced;a=the Education Ministry]] live in them.",
)

F(
    "Haiti: 4,000 children recruited by gangs, UNICEF says",
    "Armed gangs in Haiti have recruited [[up to 4,000 children|combatants;a=UNICEF]], UNICEF said, a rise of {{70%}} in a year, with some as young as {{eight}}. "
    "Gangs control about {{85 percent}} of Port-au-Prince, the UN says.",
)

F(
    "Mexico: 110,000 missing, search collectives say",
    "[[More than 110,000 people|missing;a=the National Search Commission]] are registered as missing in Mexico, the National Search Commission says, most of them since the start of the drug war in {{2006}}. "
    "Search collectives found [[about 1,200 bodies|killed;a=Search collectives]] in clandestine graves in Jalisco in {{2024}}, Search collectives said.",
)

F(
    "DRC: Uvira aid hub stocks run low",
    "The World Food Programme said it had distributed [[1,700 tonnes|aid;a=The World Food Programme]] of food to [[150,000 people|aid;a=The World Food Programme]] in Uvira and Fizi in {{October}}, but stocks would last only {{two weeks}}. "
    "Its warehouse, {{120 km}} south of Bukavu, received [[23 trucks|aid]] last month.",
)

F(
    "Afghanistan: floods hit returnee camps near Torkham",
    "Flash floods swept through a camp for returnees from Pakistan near Torkham, damaging [[about 400 tents|housing;a=the provincial disaster management authority]] and killing [[three children|killed;a=the provincial disaster management authority]], aged {{four to nine}}, the provincial disaster management authority said. "
    "[[Some 2,300 families|returned]] have passed through the camp since {{September 2023}}.",
)

F(
    "Sudan: Port Sudan drone strikes hit fuel depots",
    "RSF drones struck fuel depots and a power station in Port Sudan for a {{sixth}} consecutive day on {{May 9}}, the army said. "
    "No casualties were reported, but [[about 20,000 people|displaced;a=local officials]] in shelters near the port were moved inland, local officials said, and flights were suspended for {{72 hours}}.",
)

F(
    "Colombia: ELN attack on army base in Arauca",
    "An ELN truck bomb exploded at a military base in Puerto Jordan, Arauca, at {{3:30 a.m.}} on {{Wednesday}}, killing [[two soldiers|killed;a=the army]] and wounding [[27|injured;a=the army]], the army said. "
    "The blast damaged [[14 houses|housing]] within a radius of {{200 metres}}.",
)
