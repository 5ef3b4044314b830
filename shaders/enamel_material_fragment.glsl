// Enamel: after <lights_physical_fragment>. A chalky lesion loses the glossy coat that sound enamel has.
#ifdef USE_CLEARCOAT
  material.clearcoat *= enamelClear;
#endif
