"""dev52 items: disasters (floods, landslides, cyclones, typhoons, earthquakes, heatwaves,
lightning, fires in camps), epidemics and vaccination drives, and relief and returns after them.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "NDMA: monsoon toll reaches 302",
    "The National Disaster Management Authority said [[302 people|killed;a=The National Disaster Management Authority]] had died in rain-related incidents across the country since {{June 26}}, including [[119 children|killed;a=The National Disaster Management Authority]], and [[727|injured;a=The National Disaster Management Authority]] had been injured. "
    "It said [[1,620 houses|housing;a=The National Disaster Management Authority]] had been damaged, [[412|housing;a=The National Disaster Management Authority;u=structure]] of them fully.",
)

F(
    "Over 210,000 evacuated as Sutlej swells",
    "The Provincial Disaster Management Authority said [[more than 210,000 people|displaced;a=The Provincial Disaster Management Authority]] had been evacuated from riverine areas along the Sutlej and Ravi, [[about 1,400 villages|other;a=The Provincial Disaster Management Authority]] had been inundated and [[350 relief camps|capacity;a=The Provincial Disaster Management Authority]] set up. "
    "{{Rescue 1122}} said its teams had also shifted [[about 45,000 livestock|other;a=Rescue 1122]] to safer places.",
)

F(
    "Assam floods: toll rises to 52, 38,000 in relief camps",
    "The death toll in this year's floods and landslides in Assam rose to [[52|killed;a=the Assam State Disaster Management Authority]] with [[three more deaths|killed;a=the Assam State Disaster Management Authority]] on Sunday, the Assam State Disaster Management Authority said. "
    "[[Nearly 650,000 people|civilians;a=the authority;alt=the Assam State Disaster Management Authority]] in [[19 districts|other;a=the authority;alt=the Assam State Disaster Management Authority]] were affected, and [[over 38,000|displaced;a=the authority;alt=the Assam State Disaster Management Authority]] were taking shelter in [[175 relief camps|capacity;a=the authority;alt=the Assam State Disaster Management Authority]], the authority said.",
)

F(
    "Wayanad: 131 still missing as search continues",
    "The Kerala government said [[131 people|missing;a=The Kerala government]] remained missing, {{10 days}} after the landslides in Mundakkai and Chooralmala. "
    "[[About 1,900 people|displaced;a=the district administration]] were still in [[nine relief camps|capacity;a=the district administration]], the district administration said.",
)

F(
    "Two buses swept into Trishuli by landslide",
    "[[Two buses|other;a=the Chitwan Chief District Officer]] carrying [[at least 58 passengers|missing;a=the Chitwan Chief District Officer]] were swept into the Trishuli river by a landslide at Simaltal early Friday, the Chitwan Chief District Officer said. "
    "[[Two passengers|other]] managed to swim ashore. "
    "The Armed Police Force said [[11 bodies|killed;a=The Armed Police Force]] had been recovered as far downstream as Gaighat by Sunday.",
)

F(
    "Cyclone Remal: 16 dead, 35,000 houses destroyed",
    "[[At least 16 people|killed;a=the disaster management and relief ministry]] died in coastal districts as Cyclone Remal battered the coast with winds of up to {{111 kmph}}, the disaster management and relief ministry said. "
    "It said [[around 35,000 houses|housing;a=the disaster management and relief ministry]] were destroyed and [[more than 115,000|housing;a=the disaster management and relief ministry;u=structure]] damaged. "
    "[[About 800,000 people|displaced;a=officials]] had been moved to [[9,424 cyclone shelters|capacity;a=officials]] before landfall, officials said.",
)

F(
    "Cold lava floods kill 41 in West Sumatra",
    "Flash floods and cold lava flows from Mount Marapi killed [[at least 41 people|killed;a=the National Disaster Mitigation Agency (BNPB)]] in Agam and Tanah Datar regencies, the National Disaster Mitigation Agency (BNPB) said on Monday. "
    "[[Seventeen people|missing;a=BNPB spokesman Rahmat Suryadi;alt=Rahmat Suryadi]] remained missing and [[more than 3,300 residents|displaced;a=BNPB spokesman Rahmat Suryadi;alt=Rahmat Suryadi]] had been evacuated, BNPB spokesman Rahmat Suryadi said.",
)

F(
    "Kristine: NDRRMC reports 126 dead",
    "The National Disaster Risk Reduction and Management Council said [[126 people|killed;a=The National Disaster Risk Reduction and Management Council]] had died and [[22|missing;a=The National Disaster Risk Reduction and Management Council]] were missing, with [[over 7.4 million people|civilians;a=The National Disaster Risk Reduction and Management Council]] affected in [[17 regions|other;a=The National Disaster Risk Reduction and Management Council;u=other]]. "
    "It said [[more than 320,000 people|displaced;a=The National Disaster Risk Reduction and Management Council]] remained in [[2,800 evacuation centers|capacity;a=The National Disaster Risk Reduction and Management Council]].",
)

F(
    "Cebu quake: 61 dead, thousands sleep outdoors",
    "A {{magnitude 6.9}} earthquake off northern Cebu killed [[at least 61 people|killed;a=the Office of Civil Defense]] and damaged [[more than 7,000 houses|housing;a=the Office of Civil Defense]], the Office of Civil Defense said. "
    "[[Over 20,000 families|displaced;a=the Department of Social Welfare and Development]] were staying in tents or open fields, and [[45,000 family food packs|aid;a=the Department of Social Welfare and Development;n=packs]] had been sent to Bogo City, the Department of Social Welfare and Development said.",
)

F(
    "Karachi heatwave: Edhi morgue receives 341 bodies",
    "The Edhi Foundation said its morgue had received [[341 bodies|killed;a=The Edhi Foundation]] in {{four days}} as temperatures in Karachi touched {{42C}} with high humidity. "
    "[[At least 3,500 patients|injured;a=hospital officials]] with heatstroke symptoms were treated at the Jinnah and Civil hospitals, hospital officials said.",
)

F(
    "Heatstroke claims 14 poll staff in Uttar Pradesh",
    "[[Fourteen polling personnel|killed;a=the Chief Electoral Officer;n=personnel]], among them [[nine home guards|killed;a=the Chief Electoral Officer]], died of suspected heatstroke while on duty in Mirzapur on Friday, the Chief Electoral Officer said. "
    "Temperatures crossed {{47 degrees Celsius}} in parts of the State for the {{third}} straight day.",
)

F(
    "Jajarkot earthquake kills 146",
    "[[At least 146 people|killed;a=the Home Ministry]] were killed and [[more than 250|injured;a=the Home Ministry]] injured when a {{magnitude 6.4}} earthquake struck Jajarkot and Rukum West late on Friday, the Home Ministry said. "
    "[[Over 8,000 houses|housing;a=the ministry;alt=the Home Ministry]] were damaged, the ministry said, and survivors spent the night in the open in {{4C}}.",
)

F(
    "Floods affect 180,000 in eight districts: DMC",
    "The Disaster Management Centre said [[over 180,000 people|civilians;a=The Disaster Management Centre]] from [[46,200 families|civilians;a=The Disaster Management Centre]] in [[eight districts|other;a=The Disaster Management Centre]] had been affected by floods after the southwest monsoon intensified. "
    "[[Three people|killed]] have died, [[between 1,500 and 2,000 houses|housing]] have been damaged, and [[about 4,600 people|displaced]] are staying in [[62 safety centres|capacity]].",
)

F(
    "Mai Mahiu flash flood kills 45",
    "[[At least 45 people|killed;a=the Interior Ministry]] were killed when a flash flood swept through Mai Mahiu in Nakuru County before dawn on Monday, the Interior Ministry said. "
    "[[Over 100 people|missing;a=the Kenya Red Cross]] are still unaccounted for, the Kenya Red Cross said. "
    "Nationwide, the rains have displaced [[more than 190,000 people|displaced;a=the government spokesman]] since {{March}}, the government spokesman said.",
)

F(
    "Storm kills 34 in Nampula, destroys 98,000 houses",
    "[[At least 34 people|killed;a=the National Institute for Disaster Risk Management (INGD)]] were killed and [[some 98,000 houses|housing;a=the National Institute for Disaster Risk Management (INGD)]] destroyed or damaged as a tropical storm crossed Nampula province, the National Institute for Disaster Risk Management (INGD) said. "
    "[[More than 23,000 people|displaced;a=the institute;alt=the National Institute for Disaster Risk Management (INGD)]] were sheltering in [[47 accommodation centres|capacity;a=the institute;alt=the National Institute for Disaster Risk Management (INGD)]], the institute said.",
)

F(
    "Borno flood: 37 dead, over 400,000 displaced",
    "The Borno State Emergency Management Agency said [[37 people|killed;a=The Borno State Emergency Management Agency]] had died and [[about 414,000 people|displaced;a=The Borno State Emergency Management Agency]] had been displaced after the Alau Dam collapsed, flooding half of Maiduguri. "
    "The displaced are in [[28 camps|capacity]] across the city. "
    "The Nigerian Army said its troops had evacuated [[over 1,200 residents|displaced;a=The Nigerian Army]] by boat.",
)

F(
    "Cholera deaths in Sudan rise to 1,110",
    "The Sudanese Health Ministry said [[85 people|killed;a=The Sudanese Health Ministry]] had died of cholera in the past week, bringing the toll since {{August}} to [[1,110|killed;a=The Sudanese Health Ministry]]. "
    "It recorded [[4,205 new cases|other;a=The Sudanese Health Ministry]] in [[11 states|other;a=The Sudanese Health Ministry;u=other]], it said.",
)

F(
    "NCDC reports 12 more Lassa fever deaths",
    "The Nigeria Centre for Disease Control and Prevention said [[12 new deaths|killed;a=The Nigeria Centre for Disease Control and Prevention]] from Lassa fever were recorded in {{epidemiological week 7}}, raising the toll this year to [[118|killed;a=The Nigeria Centre for Disease Control and Prevention]]. "
    "It said [[over 4,000 contacts|other;a=The Nigeria Centre for Disease Control and Prevention]] were being followed up in Ondo, Edo and Bauchi.",
)

F(
    "DRC records more than 18,000 suspected mpox cases",
    "The Democratic Republic of Congo has recorded [[more than 18,000 suspected cases|other;a=Health Minister Roger Kamba;alt=Roger Kamba]] of mpox and [[615 deaths|killed;a=Health Minister Roger Kamba;alt=Roger Kamba]] this year, Health Minister Roger Kamba said. "
    "He said [[265,000 vaccine doses|aid;a=Health Minister Roger Kamba;alt=Roger Kamba]] donated by Japan and the United States had arrived in Kinshasa.",
)

F(
    "Polio drive to cover 45 million children",
    "The Pakistan Polio Eradication Programme said [[over 45 million children|aid;p;a=The Pakistan Polio Eradication Programme]] under the age of {{five}} would be vaccinated in a {{seven-day}} campaign starting Monday, with [[more than 400,000 polio workers|other;p;a=The Pakistan Polio Eradication Programme]] taking part. "
    "The country has reported [[18 wild poliovirus cases|other]] so far this year.",
)

F(
    "Fire guts 2,000 shelters in Balukhali camp",
    "A fire in the Balukhali Rohingya camp in Ukhiya destroyed [[over 2,000 shelters|housing;a=the Refugee Relief and Repatriation Commissioner]], leaving [[about 12,000 Rohingyas|displaced;a=the Refugee Relief and Repatriation Commissioner]] homeless, the Refugee Relief and Repatriation Commissioner said. "
    "[[Ninety learning centres|housing;a=the Refugee Relief and Repatriation Commissioner]] and [[two health posts|housing;a=the Refugee Relief and Repatriation Commissioner;u=structure]] also burned, he said.",
)

F(
    "Rio Grande do Sul floods: toll reaches 147",
    "The floods in Rio Grande do Sul have killed [[at least 147 people|killed;a=the state Civil Defense]], and [[127|missing;a=the state Civil Defense]] are still missing, the state Civil Defense said on Sunday. "
    "[[About 538,000 people|displaced;a=the agency;alt=the state Civil Defense]] have left their homes, [[more than 80,000|displaced;a=the agency;alt=the state Civil Defense]] of them in public shelters, the agency said.",
)

F(
    "Otis: toll rises to 45, 47 missing in Acapulco",
    "Hurricane Otis killed [[at least 45 people|killed;a=Security Minister Rosa Icela Vega;alt=Rosa Icela Vega]] in Acapulco and [[47|missing;a=Security Minister Rosa Icela Vega;alt=Rosa Icela Vega]] remain missing, Security Minister Rosa Icela Vega said at the morning press conference. "
    "She said [[some 220,000 homes|housing;a=Security Minister Rosa Icela Vega;alt=Rosa Icela Vega]] had been damaged and [[10,000 soldiers|combatants;a=Security Minister Rosa Icela Vega;alt=Rosa Icela Vega]] deployed to distribute aid.",
)

F(
    "Landslide on Medellín-Quibdó road kills 33",
    "A landslide buried a stretch of the Medellín-Quibdó road near Carmen de Atrato, killing [[33 people|killed;a=the National Disaster Risk Management Unit (UNGRD)]] who had been stranded by an earlier slide, the National Disaster Risk Management Unit (UNGRD) said. "
    "[[Dozens|missing;a=Rescuers]] more were still missing under the mud, Rescuers said.",
)

F(
    "Somalia drought: 4.4 million face acute hunger",
    "[[About 4.4 million people|civilians;a=OCHA]] in Somalia face acute food insecurity after a {{fourth}} failed rainy season, and [[1.3 million|displaced;a=OCHA]] have left their homes because of drought, OCHA said. "
    "WFP said it had reached [[2.1 million people|aid;a=WFP]] with food or cash in {{October}}.",
)

F(
    "Lightning kills 11 in six districts",
    "[[Eleven people|killed;a=police and local administration officials]], [[seven|killed;a=police and local administration officials]] of them farmers working in paddy fields, were killed by lightning in [[six districts|other;a=police and local administration officials]] on Sunday, police and local administration officials said. "
    "[[Four others|injured]] were admitted to the Sunamganj Sadar Hospital.",
)

F(
    "Gold mine landslide kills 27 in Gorontalo",
    "A landslide at an illegal gold mine in Bone Bolango regency killed [[at least 27 people|killed;a=the local search and rescue office]] and left [[15|missing;a=the local search and rescue office]] missing, the local search and rescue office said. "
    "[[About 80 miners|civilians;a=Residents]] were at the site when the hillside gave way, Residents said.",
)

F(
    "Bududa landslide buries 45 houses",
    "[[At least 14 people|killed;a=the Uganda Red Cross Society]] were killed and [[45 houses|housing;a=the Uganda Red Cross Society]] buried when a landslide hit Bukalasi sub-county in Bududa district, the Uganda Red Cross Society said. "
    "Rescuers said [[between 30 and 40 people|missing;a=Rescuers]] could still be under the mud. "
    "[[Over 100 households|displaced;a=the district chairman]] have been relocated to a primary school, the district chairman said.",
)

F(
    "Flood-hit families begin returning home in Dadu",
    "[[About 12,000 families|returned;a=the Sindh relief department]] displaced by the floods in Dadu district have returned to their villages as the water receded, the Sindh relief department said. "
    "[[Nearly 3,500|displaced;a=the Sindh relief department;u=household]] remain in [[38 camps|capacity;a=the Sindh relief department]] along the Indus Highway, it added.",
)

F(
    "Balochistan to build 5,000 houses for flood victims",
    "The Balochistan government will build [[5,000 prefabricated houses|housing;p;a=the provincial chief secretary]] for families who lost their homes in last year's floods, the provincial chief secretary said. "
    "[[About 25,000 people|displaced;a=the provincial chief secretary]] are still living in tents in Jhal Magsi and Naseerabad, he said, and [[2,000 more tents|aid;a=the provincial chief secretary]] were distributed this month.",
)
