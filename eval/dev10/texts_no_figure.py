"""dev10 texts: texts with numbers but no figure."""

from figset import F

# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Colombia: Medellin hosts regional security conference",
    "Defence ministers from across Latin America met in Medellin on {{June 4, 2019}} for a {{two-day}} conference on organised crime. "
    "Colombia's defence budget for {{2020}} was set at {{38.1 trillion pesos}}, about {{3.1%}} of GDP, the ministry said.",
)

F(
    "Mexico: court sentences former police chief",
    "A federal court in Mexico City sentenced a {{58-year-old}} former police chief from Guerrero to {{27 years}} in prison on {{Thursday}}, the {{third}} conviction in the case. "
    "The hearing began at {{10:30 a.m.}} and lasted {{nine hours}}.",
)

F(
    "Haiti: schools reopen for new term",
    "Schools in Cap-Haitien reopened on {{September 2, 2024}}, {{three weeks}} later than planned. "
    "Tuition in private schools has risen by about {{40 percent}} since {{2021}}, to roughly {{25,000 gourdes}} a year, parents said.",
)

F(
    "Ecuador: referendum on security measures",
    "Ecuadorians voted on {{April 21, 2024}} in a referendum on security and the economy. "
    "The yes side won about {{64%}} on the question of extraditing nationals, and turnout was {{72.6 percent}}, the electoral council said.",
)

F(
    "Venezuela: oil output rises",
    "Venezuela's oil output rose to {{910,000 barrels per day}} in {{October}}, its highest since {{2019}}, according to OPEC figures. "
    "PDVSA plans to invest {{$2.4 billion}} in the Orinoco belt over the next {{five years}}.",
)

F(
    "Brazil: Amazon deforestation falls",
    "Deforestation in the Brazilian Amazon fell by {{30.6%}} in the {{12 months}} to {{July 2024}}, to {{6,288 square kilometres}}, the space agency INPE said. "
    "It was the lowest level since {{2015}}.",
)

F(
    "Mali: transition charter extended",
    "Mali's military leaders adopted a charter on {{July 8, 2025}} granting the transitional president a renewable {{five-year}} mandate from {{2025}}. "
    "The {{42-year-old}} colonel first took power in {{August 2020}}.",
)

F(
    "Burkina Faso: gold exports rise despite insecurity",
    "Burkina Faso's gold exports rose {{4%}} in {{2023}}, the mines ministry said, earning about {{2,500 billion CFA francs}}. "
    "A new refinery is due to open in {{2026}}, a year later than planned.",
)

F(
    "Nigeria: Super Eagles win in Uyo",
    "Nigeria beat Benin {{3-0}} in Uyo on {{Saturday}}, with a hat-trick from the striker in the {{17th}}, {{43rd}} and {{78th minutes}}. "
    "Nigeria moved up to {{fourth}} in the group with {{seven points}} from {{six games}}.",
    ["17th", "43rd", "78th minutes"],
)

F(
    "Cameroon: president's age raised in election debate",
    "Cameroon's {{92-year-old}} president, in power since {{1982}}, is seeking an {{eighth}} term in the {{October 12}} election. "
    "The electoral law sets a deposit of {{30 million CFA francs}} for candidates.",
)

F(
    "DRC: Ebola outbreak declared over",
    "The health ministry declared the Ebola outbreak in Kasai over on {{December 1}}, {{42 days}} after the last patient tested negative. "
    "It was the country's {{16th}} outbreak since {{1976}}.",
)

F(
    "Ethiopia: GERD fifth filling completed",
    "Ethiopia completed the {{fifth}} filling of the Grand Ethiopian Renaissance Dam in {{September 2024}}, bringing the reservoir to {{64 billion cubic metres}}. "
    "The dam is expected to produce {{5,150 megawatts}} when complete.",
)

F(
    "Somalia: Mogadishu port revenue up",
    "Revenue at Mogadishu port rose {{18%}} in the {{first half}} of {{2024}}, the ports ministry said. "
    "The new berth is {{300 metres}} long and can take ships with a draft of up to {{14 metres}}.",
)

F(
    "Pakistan: Karachi heatwave temperatures",
    "Temperatures in Karachi reached {{42 degrees Celsius}} on {{June 24}}, with humidity at {{60 percent}}, the Meteorological Department said. "
    "Power cuts lasted up to {{10 hours}} a day in some districts.",
)

F(
    "India: Manipur anniversary marked with shutdown",
    "Shops and offices in Imphal closed on {{May 3, 2024}} to mark {{one year}} since the violence began. "
    "The state's internet ban, first imposed in {{2023}}, had lasted more than {{200 days}}, the longest in India that year.",
)

F(
    "Bangladesh: garment exports recover",
    "Bangladesh's garment exports rose {{11.7%}} in {{January}} to {{$4.4 billion}}, the exporters' association said. "
    "Factories in Ashulia reopened after a {{10-day}} closure.",
)

F(
    "Philippines: typhoon warning lifted",
    "The weather bureau lifted signal No. {{3}} for Samar on {{Tuesday}} as the typhoon, with winds of {{185 km/h}}, moved out to sea at {{20 km/h}}. "
    "It was the {{11th}} storm of the year.",
)

F(
    "Thailand: southern peace talks resume",
    "Thai officials and the BRN resumed peace talks in Kuala Lumpur on {{February 6, 2024}}, the {{first}} round in {{14 months}}. "
    "The conflict in the southern provinces began in {{2004}}.",
)

F(
    "Armenia: Yerevan metro fare rises",
    "Yerevan's metro fare will rise to {{200 drams}} from {{100 drams}} on {{January 1}}, the city hall said, the first increase since {{2009}}. "
    "The network opened in {{1981}}.",
)

F(
    "Georgia: wine exports reach record",
    "Georgia's wine export revenue reached {{$260 million}} in {{2023}}, up {{3%}}, the National Wine Agency said. "
    "Russia bought about {{60 percent}}, and exports to China fell by {{12%}}.",
)
