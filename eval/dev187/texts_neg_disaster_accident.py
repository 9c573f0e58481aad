"""dev187 negatives: disasters (6) and accidents (3)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Earthquake in Turkey and Syria: rescuers race to find survivors",
        "Rescue teams from around the world are working day and night to find survivors "
        "after a huge earthquake hit southern Turkey and northern Syria. The earthquake "
        "struck at about 4 o'clock in the morning on Monday, when most people were asleep in "
        "bed. Thousands of buildings collapsed, and more than 20,000 people are now known to "
        "have died. Rescuers have used sniffer dogs and special cameras to search the "
        "rubble, and on Wednesday they pulled out a baby girl who had been trapped for more "
        "than three days. The weather has been freezing, and many families have been "
        "sleeping in cars, tents and mosques. In north-west Syria, many of the people "
        "affected had already left their homes because of the country's long war, and aid "
        "has been very slow to arrive there. Only one border crossing from Turkey into the "
        "area has been open for aid trucks. Charities in the UK have launched an appeal to "
        "raise money for food, blankets and shelter. What causes an earthquake? The Earth's "
        "surface is made of huge plates that move slowly, and sometimes they slip suddenly.",
        "disaster",
    ),
    (
        "A third of Pakistan under water after record floods",
        "A third of Pakistan is now under water after months of heavy rain, and more than 33 "
        "million people have been affected. Pakistan is a country in South Asia, and it gets "
        "monsoon rains every summer, but this year the rain has been much heavier than "
        "normal. Rivers burst their banks, washing away houses, roads, bridges and crops. "
        "More than 1,100 people have died, and around a third of them are children. The army "
        "has been using helicopters to rescue families stuck on rooftops and to drop food to "
        "villages that have been cut off. Many families are living in tents by the side of "
        "the road with their goats and cows. Thousands of schools have been damaged, which "
        "means many children will not be able to go back to class for a long time. "
        "Pakistan's government says climate change has made the floods worse, even though "
        "Pakistan produces less than one per cent of the gases that are heating up the "
        "planet. The United Nations has asked countries around the world for help. Doctors "
        "are also worried about diseases such as malaria and cholera, which spread quickly "
        "in dirty floodwater. In the province of Sindh, some villages will stay under water "
        "for months, because the land is so flat that the water has nowhere to go. A monsoon "
        "is a seasonal wind that brings heavy rain to South Asia between June and September.",
        "disaster",
    ),
    (
        "Koalas rescued as bushfires burn across Australia",
        "Firefighters in Australia are battling huge bushfires that have been burning for "
        "months in New South Wales and Victoria. Bushfires happen in Australia most summers, "
        "but this year has been one of the worst on record because of a long drought and "
        "very hot weather. Towns have been surrounded by flames, and thousands of people on "
        "holiday at the beach had to be rescued by navy ships. The government has called up "
        "3,000 army reservists to help clear roads, deliver supplies and look after people "
        "who have lost their homes. More than 2,000 houses have been destroyed. Experts "
        "think hundreds of millions of animals may have died, including thousands of koalas, "
        "which move slowly and live high up in trees. Wildlife carers have been looking "
        "after burned koalas and wrapping their paws in bandages. People around the world "
        "have been knitting pouches for orphaned joeys, which are baby kangaroos and "
        "wallabies. Have you heard of any other ways people are helping?",
        "disaster",
    ),
    (
        "Tonga cut off after underwater volcano erupts",
        "The Pacific island country of Tonga has been covered in ash after an underwater "
        "volcano erupted on Saturday. The eruption of the Hunga Tonga-Hunga Ha'apai volcano "
        "was so big that it could be seen from space, and the boom was heard as far away as "
        "Alaska. It sent tsunami waves crashing into Tonga's islands, and smaller waves "
        "reached Japan, Peru and the United States. Tonga has been very hard to contact, "
        "because the undersea cable that carries its internet and phone lines was broken. "
        "Pictures from planes flying over show that houses on some of the smaller islands "
        "have been destroyed and that roads and runways are coated in grey ash. The ash has "
        "also spoiled drinking water. New Zealand and Australia have sent navy ships with "
        "water, food and equipment, and helpers have had to be careful not to bring Covid to "
        "the islands. A tsunami is a series of huge waves usually caused by an earthquake or "
        "a volcano under the sea. Around 100,000 people live in Tonga.",
        "disaster",
    ),
    (
        "Families flee as wildfires spread across Los Angeles",
        "Huge wildfires have been burning in and around the American city of Los Angeles, "
        "destroying thousands of homes. Strong winds, sometimes faster than 100 miles per "
        "hour, pushed the flames through neighbourhoods such as Pacific Palisades and "
        "Altadena. More than 150,000 people were told to leave their homes, and some had to "
        "abandon their cars and escape on foot as the fire came closer. Firefighters have "
        "been dropping water and pink powder, which slows fire down, from planes and "
        "helicopters. Schools have closed because of smoke, and many pupils have lost their "
        "school buildings as well as their homes. Several famous actors and singers are "
        "among the people whose houses have burned down. The area had not had proper rain "
        "for months, so plants and trees were very dry. Scientists say climate change is "
        "making these conditions more common in California. Firefighters from Canada and "
        "Mexico have come to help, and people have been donating clothes and toys to "
        "families who lost everything.",
        "disaster",
    ),
    (
        "Powerful earthquake hits Myanmar and shakes Thailand",
        "A powerful earthquake has hit Myanmar, a country in South-East Asia, and people "
        "have died in Myanmar and in neighbouring Thailand. The earthquake struck on Friday "
        "lunchtime near the city of Mandalay, Myanmar's second-biggest city. Buildings, "
        "bridges and an old monastery collapsed, and more than 1,600 people are known to "
        "have died in Myanmar so far. In Bangkok, the capital of Thailand, more than 1,000km "
        "away, a tall tower that was being built fell down, trapping many workers. Water "
        "sloshed out of rooftop swimming pools as the buildings swayed. Rescuers in Mandalay "
        "have been digging through the rubble with their bare hands because they do not have "
        "enough machines. Myanmar has been in turmoil since the army took power in 2021, and "
        "aid groups say that has made it harder to get help to people quickly. Countries "
        "including China, India and the UK have sent rescue teams and supplies. Families "
        "have been sleeping outside in the heat, because they are worried about aftershocks. "
        "An aftershock is a smaller earthquake that follows a big one. In Mandalay, monks "
        "and volunteers have been handing out water and rice to people who lost their homes. "
        "Temperatures in the area are close to 40C, which makes the rescue work even harder.",
        "disaster",
    ),
    (
        "All 12 boys and their coach rescued from Thai cave",
        "All 12 boys and their football coach have been rescued from a flooded cave in "
        "Thailand, after being trapped inside for more than two weeks. The boys, aged "
        "between 11 and 16, are members of a football team called the Wild Boars. They went "
        "into the Tham Luang cave after practice on 23 June, but heavy rain flooded the "
        "tunnels behind them. Two British divers found them nine days later, sitting on a "
        "muddy ledge deep inside the cave. Getting them out was very dangerous, because the "
        "tunnels were full of water and some parts were very narrow. Expert divers guided "
        "each boy through the flooded passages, and the boys were given medicine to keep "
        "them calm. Sadly, a former Thai navy diver died while taking air tanks into the "
        "cave. The boys are now recovering in hospital.",
        "accident",
    ),
    (
        "Ship crashes into bridge in Baltimore, causing it to collapse",
        "A huge cargo ship has crashed into a bridge in the American city of Baltimore, "
        "causing it to collapse into the river. The ship, called the Dali, was leaving the "
        "port in the early hours of Tuesday morning when it lost power and hit one of the "
        "bridge's supports. Within seconds, most of the Francis Scott Key Bridge fell into "
        "the water. The crew had sent out a mayday call before the crash, which meant police "
        "had time to stop cars from driving onto the bridge. However, a team of workers who "
        "were fixing potholes on the bridge fell into the river, and six of them died. The "
        "ship was carrying thousands of containers and was about as long as three football "
        "pitches. The port of Baltimore, one of the busiest in the US, was closed while "
        "divers and cranes cleared the wreckage. Investigators are trying to find out why "
        "the ship lost power. A mayday call is an emergency message used by ships and "
        "planes.",
        "accident",
    ),
    (
        "Search ends for missing Titanic submarine",
        "The search for a small submarine that went missing on a trip to see the wreck of "
        "the Titanic has come to an end. The submarine, called Titan, lost contact with its "
        "support ship about an hour and 45 minutes after it began diving on Sunday. Five "
        "people were on board, including a British businessman and a father and son from "
        "Pakistan. For four days, ships, planes and underwater robots from several countries "
        "searched a huge area of the Atlantic Ocean. On Thursday, a robot found pieces of "
        "the submarine on the sea floor, not far from the Titanic. Experts said the "
        "submarine had imploded, which means it was crushed by the enormous pressure of the "
        "water at the bottom of the sea. The Titanic sank in 1912 after hitting an iceberg, "
        "and its wreck lies almost 4km under the surface.",
        "accident",
    ),
]
